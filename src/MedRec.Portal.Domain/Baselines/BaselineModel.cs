using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Baselines;

/// <summary>
/// A baseline model package an organiser uploaded for a task (docs/baseline-model.md), checked when it arrived:
/// it loads, its graph's shapes match its manifest, its labels are the task's. The three files are in
/// <see cref="BaselineModelContent"/>, so lists never load the graph.
/// </summary>
public sealed class BaselineModel
{
    public const int MaxLabelLength = 80;

    private BaselineModel()
    {
    }

    public BaselineModel(Guid id, Guid taskId, string label, string manifestName, string packageHash, string originalFileName, long byteCount, int maxLength, int labelCount, string? metricsJson, Guid uploadedBy, DateTime uploadedAtUtc)
    {
        if (CheckLabel(label) is { } error)
        {
            throw new DomainRuleException(error);
        }

        Id = id;
        TaskId = taskId;
        Label = label.Trim();
        ManifestName = manifestName;
        PackageHash = packageHash;
        OriginalFileName = originalFileName;
        ByteCount = byteCount;
        MaxLength = maxLength;
        LabelCount = labelCount;
        MetricsJson = metricsJson;
        UploadedByUserId = uploadedBy;
        UploadedAt = Instants.RequireUtc(uploadedAtUtc, nameof(uploadedAtUtc));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The organiser's name for the model, e.g. "Char-CNN demo"; runs default their board label to it.</summary>
    public string Label { get; private set; } = "";

    /// <summary>The <c>name</c> in the package's manifest.</summary>
    public string ManifestName { get; private set; } = "";

    /// <summary>SHA-256 over manifest, vocabulary and graph (the runner's session key).</summary>
    public string PackageHash { get; private set; } = "";

    /// <summary>The uploaded .zip's name, or the graph's name when the files came separately.</summary>
    public string OriginalFileName { get; private set; } = "";

    /// <summary>Bytes of the three files together.</summary>
    public long ByteCount { get; private set; }

    /// <summary>Token ids per record (the cost of a record depends on it, not on the text).</summary>
    public int MaxLength { get; private set; }

    /// <summary>Outputs the model scores (CDrugRed: candidate drugs; ICD: 5 + 53 codes).</summary>
    public int LabelCount { get; private set; }

    /// <summary>The trainer's held-out metrics from the manifest (informative).</summary>
    public string? MetricsJson { get; private set; }

    public Guid UploadedByUserId { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public static Error? CheckLabel(string? label) =>
        string.IsNullOrWhiteSpace(label) || label.Trim().Length > MaxLabelLength
            ? BaselineRuleErrors.ModelNameLength.ForField("Label", MaxLabelLength)
            : null;
}
