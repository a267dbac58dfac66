namespace MedRec.Portal.Domain.Baselines;

/// <summary>The files of a <see cref="BaselineModel"/>, as uploaded (graph weights do not compress, so they are stored as they are).</summary>
public sealed class BaselineModelContent
{
    private BaselineModelContent()
    {
    }

    public BaselineModelContent(Guid modelId, byte[] manifestBytes, string vocabularyFileName, byte[] vocabularyBytes, string graphFileName, byte[] graphBytes)
    {
        ModelId = modelId;
        ManifestBytes = manifestBytes;
        VocabularyFileName = vocabularyFileName;
        VocabularyBytes = vocabularyBytes;
        GraphFileName = graphFileName;
        GraphBytes = graphBytes;
    }

    public Guid ModelId { get; private set; }

    public byte[] ManifestBytes { get; private set; } = [];

    /// <summary>The name the manifest gives the vocabulary (<c>files.vocabulary</c>).</summary>
    public string VocabularyFileName { get; private set; } = "";

    public byte[] VocabularyBytes { get; private set; } = [];

    /// <summary>The name the manifest gives the graph (<c>files.model</c>).</summary>
    public string GraphFileName { get; private set; } = "";

    public byte[] GraphBytes { get; private set; } = [];
}
