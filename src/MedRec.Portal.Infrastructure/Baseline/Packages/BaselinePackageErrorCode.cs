namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>Why a model package was rejected.</summary>
public enum BaselinePackageErrorCode
{
    /// <summary>The folder, the manifest, the graph or the vocabulary file is missing.</summary>
    MissingFile,

    /// <summary>The manifest is not valid JSON or lacks a required value.</summary>
    InvalidManifest,

    /// <summary>The manifest's format version is not one this runner reads.</summary>
    UnsupportedFormatVersion,

    /// <summary>The package predicts another task than the phase's.</summary>
    TaskMismatch,

    /// <summary>The labels differ from the task's label list (count or names).</summary>
    LabelMismatch,

    /// <summary>The vocabulary file is unreadable or disagrees with the manifest.</summary>
    InvalidVocabulary,

    /// <summary>The decoding rule is missing values or has impossible ones.</summary>
    InvalidDecoding,

    /// <summary>ONNX Runtime cannot load the graph.</summary>
    ModelLoadFailed,

    /// <summary>The graph's input differs from the manifest (name, element type or shape).</summary>
    InputMismatch,

    /// <summary>The graph's outputs differ from the manifest (names, element type or shapes).</summary>
    OutputMismatch,

    /// <summary>The runner does not reproduce the outputs saved at export time (tokenizer or graph).</summary>
    ParityMismatch,
}
