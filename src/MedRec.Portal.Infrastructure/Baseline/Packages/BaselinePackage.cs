using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using MedRec.Portal.Infrastructure.Baseline.Text;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>A validated model package: its manifest, tokenizer and graph bytes. Made only by <see cref="BaselinePackageLoader"/>.</summary>
public sealed class BaselinePackage
{
    internal BaselinePackage(string directory, string hash, TaskKind task, BaselineManifest manifest, IReadOnlyList<string> vocabulary, byte[] modelBytes)
    {
        Directory = directory;
        Hash = hash;
        Task = task;
        Manifest = manifest;
        Vocabulary = vocabulary;
        ModelBytes = modelBytes;
        Tokenizer = new CharacterTokenizer(vocabulary, manifest.Input, manifest.Tokenizer);
    }

    /// <summary>The folder it was read from.</summary>
    public string Directory { get; }

    /// <summary>SHA-256 (lower-case hex) over the manifest, vocabulary and graph: the identity of the model.</summary>
    public string Hash { get; }

    /// <summary>The task it predicts.</summary>
    public TaskKind Task { get; }

    /// <summary>The manifest.</summary>
    public BaselineManifest Manifest { get; }

    /// <summary>Token strings by id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The tokenizer the manifest describes.</summary>
    public CharacterTokenizer Tokenizer { get; }

    internal byte[] ModelBytes { get; }
}
