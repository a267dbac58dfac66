using System.Globalization;
using System.Text;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Terms;

namespace MedRec.Portal.Application.Features.Bundles.ImportBundle;

/// <summary>
/// Reads and checks the files a bundle names with the same inspections as the console's uploads (candidate list,
/// inputs, gold against the inputs and the candidates), recording each problem at the YAML path that names the file.
/// </summary>
internal sealed class BundleFileCheck(BundleFiles files, Action<string, Error> problem)
{
    public sealed record Checked(string File, byte[] Content, int RecordCount);

    public Checked? CandidateList(string path, string file, out IReadOnlySet<string>? labels)
    {
        labels = null;
        var content = Read(path, file);
        if (content is null)
        {
            return null;
        }

        var inspected = DatasetInspector.InspectCandidateList(content);
        if (Report(path, file, inspected))
        {
            return null;
        }

        labels = inspected.Value.ToHashSet(StringComparer.Ordinal);
        return new Checked(file, content, inspected.Value.Count);
    }

    public Checked? Inputs(string path, string file, TaskKind kind, out IReadOnlyList<string>? ids)
    {
        ids = null;
        var content = Read(path, file);
        if (content is null)
        {
            return null;
        }

        var inspected = DatasetInspector.InspectInputs(kind, content);
        if (Report(path, file, inspected))
        {
            return null;
        }

        ids = inspected.Value;
        return new Checked(file, content, inspected.Value.Count);
    }

    public Checked? Gold(string path, string file, TaskKind kind, IReadOnlyList<string>? inputIds, IReadOnlySet<string>? candidates)
    {
        var content = Read(path, file);
        if (content is null)
        {
            return null;
        }

        var inspected = DatasetInspector.InspectGold(kind, content, inputIds, candidates);
        return Report(path, file, inspected) ? null : new Checked(file, content, inspected.Value);
    }

    /// <summary>A Markdown text (the terms): strict UTF-8, BOM dropped, at most <paramref name="maxLength"/> characters.</summary>
    public string? Text(string path, string file, int maxLength)
    {
        var content = Read(path, file);
        if (content is null)
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF').Trim();
        }
        catch (DecoderFallbackException)
        {
            problem(path, BundleErrors.TermsNotText.With(file));
            return null;
        }

        if (text.Length > maxLength)
        {
            problem(path, TermsErrors.TextTooLong.ForField(path, maxLength));
            return null;
        }

        return text;
    }

    /// <summary>An extra file: any content, within the upload limits.</summary>
    public Checked? Extra(string path, string file) => Read(path, file) is { } content ? new Checked(file, content, 0) : null;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[]? Read(string path, string file)
    {
        if (!BundleFiles.IsSafePath(file))
        {
            problem(path, BundleErrors.FilePath.With(file));
            return null;
        }

        var content = files.Read(file);
        if (content is null)
        {
            problem(path, BundleErrors.FileMissing.With(file));
            return null;
        }

        if (content.LongLength > UploadDatasetHandler.MaxBytes || content.Length == 0)
        {
            problem(path, content.Length == 0
                ? DatasetErrors.EmptyFile.ForField(path)
                : DatasetErrors.TooLarge.ForField(path, content.LongLength.ToString("N0", CultureInfo.InvariantCulture), UploadDatasetHandler.MaxBytes.ToString("N0", CultureInfo.InvariantCulture)));
            return null;
        }

        return content;
    }

    private bool Report(string path, string file, Result inspected)
    {
        foreach (var error in inspected.Errors)
        {
            problem(path, BundleErrors.FileProblem.With(file, error.Message));
        }

        return inspected.IsFailure;
    }
}
