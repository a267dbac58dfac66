using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedRec.Portal.Infrastructure.Baseline.Manifest;

/// <summary>
/// The <c>model.json</c> of a baseline model package, format version 1 (docs/baseline-model.md is the contract;
/// tools/baseline/medrec_baseline/export.py writes it).
/// </summary>
public sealed record BaselineManifest
{
    /// <summary>The only format version this runner reads.</summary>
    public const int SupportedFormatVersion = 1;

    /// <summary>The package file that holds the manifest.</summary>
    public const string FileName = "model.json";

    /// <summary>Format version of the package (see <see cref="SupportedFormatVersion"/>).</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The task: <c>cdrugred</c> or <c>icd</c>.</summary>
    public required string Task { get; init; }

    /// <summary>A display name for the model.</summary>
    public string? Name { get; init; }

    /// <summary>When the package was exported (ISO 8601, UTC).</summary>
    public string? CreatedUtc { get; init; }

    /// <summary>File names inside the package folder.</summary>
    public required ManifestFiles Files { get; init; }

    /// <summary>Which record fields become the model's input text, and how.</summary>
    public required ManifestInput Input { get; init; }

    /// <summary>How text becomes token ids.</summary>
    public required ManifestTokenizer Tokenizer { get; init; }

    /// <summary>The ONNX graph's input and outputs.</summary>
    public required ManifestOnnx Onnx { get; init; }

    /// <summary>The labels of each output, in output order.</summary>
    public required ManifestLabels Labels { get; init; }

    /// <summary>How probabilities become a prediction.</summary>
    public required ManifestDecoding Decoding { get; init; }

    /// <summary>Held-out metrics reached at training time (free-form, shown to organisers).</summary>
    public JsonElement? Metrics { get; init; }

    /// <summary>The trivial baseline on the same split, for comparison (free-form).</summary>
    public JsonElement? TrivialBaseline { get; init; }

    /// <summary>Fixed inputs with the PyTorch outputs saved at export time.</summary>
    public ManifestParity? Parity { get; init; }
}

/// <summary>File names inside the package folder.</summary>
public sealed record ManifestFiles
{
    /// <summary>The ONNX graph, usually <c>model.onnx</c>.</summary>
    public required string Model { get; init; }

    /// <summary>The vocabulary, a JSON array of tokens whose index is the id, usually <c>vocab.json</c>.</summary>
    public required string Vocabulary { get; init; }
}

/// <summary>Which record fields are read, in which order, cut how.</summary>
public sealed record ManifestInput
{
    /// <summary>The record key that identifies a record in the submission (<c>就诊标识</c> or <c>病案标识</c>).</summary>
    public required string IdField { get; init; }

    /// <summary>The fields joined (with the separator token between them) into the input, in this order.</summary>
    public required IReadOnlyList<ManifestField> Fields { get; init; }

    /// <summary>Joins the items of a list-valued field.</summary>
    public required string ListSeparator { get; init; }

    /// <summary>Token ids per record after joining; shorter inputs are padded, longer ones cut.</summary>
    public required int MaxLength { get; init; }
}

/// <summary>One input field and its character budget.</summary>
public sealed record ManifestField
{
    /// <summary>The record key.</summary>
    public required string Name { get; init; }

    /// <summary>At most this many characters (Unicode code points) of the field are used.</summary>
    public required int MaxChars { get; init; }

    /// <summary><c>head</c> keeps the first characters, <c>tail</c> the last ones.</summary>
    public string Keep { get; init; } = "head";
}

/// <summary>The tokenizer settings.</summary>
public sealed record ManifestTokenizer
{
    /// <summary>Only <c>character</c>: one token per Unicode code point.</summary>
    public required string Kind { get; init; }

    /// <summary>The vocabulary file (the same as <see cref="ManifestFiles.Vocabulary"/>).</summary>
    public string? Vocabulary { get; init; }

    /// <summary>The number of entries the vocabulary file must have.</summary>
    public required int VocabularySize { get; init; }

    /// <summary>Padding id (masked by the model).</summary>
    public required int PadId { get; init; }

    /// <summary>Id of characters missing from the vocabulary.</summary>
    public required int UnknownId { get; init; }

    /// <summary>Id placed between two fields.</summary>
    public required int SeparatorId { get; init; }
}

/// <summary>The graph's interface.</summary>
public sealed record ManifestOnnx
{
    /// <summary>The opset the graph was exported with.</summary>
    public int Opset { get; init; }

    /// <summary>The single input: int64 token ids of shape [batch, maxLength].</summary>
    public required ManifestTensor Input { get; init; }

    /// <summary>The outputs, float32 probabilities of shape [batch, labels].</summary>
    public required IReadOnlyList<ManifestOutput> Outputs { get; init; }
}

/// <summary>A tensor's name, element type and shape (<c>"batch"</c> marks the dynamic axis).</summary>
public record ManifestTensor
{
    /// <summary>The graph's name for the tensor.</summary>
    public required string Name { get; init; }

    /// <summary><c>int64</c> for the input, <c>float32</c> for outputs.</summary>
    public required string ElementType { get; init; }

    /// <summary>The dimensions: the string <c>batch</c> or a positive integer each.</summary>
    public required IReadOnlyList<JsonElement> Shape { get; init; }
}

/// <summary>An output tensor and what it means.</summary>
public sealed record ManifestOutput : ManifestTensor
{
    /// <summary>CDrugRed: <c>labels</c>; ICD: <c>primary</c> and <c>additional</c>.</summary>
    public required string Role { get; init; }

    /// <summary><c>sigmoid</c> (independent labels) or <c>softmax</c> (one of them).</summary>
    public required string Activation { get; init; }
}

/// <summary>Labels in output order.</summary>
public sealed record ManifestLabels
{
    /// <summary>CDrugRed: the candidate drugs.</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyList<string>? Drugs { get; init; }

    /// <summary>ICD: the 5 primary codes.</summary>
    public IReadOnlyList<string>? Primary { get; init; }

    /// <summary>ICD: the 53 additional codes.</summary>
    public IReadOnlyList<string>? Additional { get; init; }
}

/// <summary>
/// The decoding rule. CDrugRed (<c>threshold</c>): labels with p ≥ <see cref="Threshold"/>, at least
/// <see cref="MinCount"/> and at most <see cref="MaxCount"/> of them by rank. ICD (<c>icd</c>): the arg-max primary
/// code, and additional codes with p ≥ <see cref="AdditionalThreshold"/>, at least <see cref="MinAdditional"/>
/// (≥ 1), at most <see cref="MaxAdditional"/>.
/// </summary>
public sealed record ManifestDecoding
{
    /// <summary><c>threshold</c> (CDrugRed) or <c>icd</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>CDrugRed: the probability a drug needs.</summary>
    public double? Threshold { get; init; }

    /// <summary>CDrugRed: the fewest drugs predicted.</summary>
    public int? MinCount { get; init; }

    /// <summary>CDrugRed: the most drugs predicted (null: no cap).</summary>
    public int? MaxCount { get; init; }

    /// <summary>ICD: the probability an additional code needs.</summary>
    public double? AdditionalThreshold { get; init; }

    /// <summary>ICD: the fewest additional codes (the task requires one).</summary>
    public int? MinAdditional { get; init; }

    /// <summary>ICD: the most additional codes (null: no cap).</summary>
    public int? MaxAdditional { get; init; }
}

/// <summary>Fixed inputs and the outputs PyTorch gave for them at export time.</summary>
public sealed record ManifestParity
{
    /// <summary>The largest absolute difference allowed between the runner and PyTorch.</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>The cases.</summary>
    public IReadOnlyList<ManifestParityCase> Cases { get; init; } = [];
}

/// <summary>One parity input: a record, its token ids (without trailing padding), and the outputs by name.</summary>
public sealed record ManifestParityCase
{
    /// <summary>A short name for messages.</summary>
    public required string Name { get; init; }

    /// <summary>The record, as a dataset file would hold it.</summary>
    public required JsonElement Record { get; init; }

    /// <summary>The token ids the Python tokenizer produced, trailing padding removed.</summary>
    public required IReadOnlyList<long> InputIds { get; init; }

    /// <summary>Output name → the probabilities PyTorch computed.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<double>> Outputs { get; init; }
}
