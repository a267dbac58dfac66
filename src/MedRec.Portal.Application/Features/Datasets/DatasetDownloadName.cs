using MedRec.Portal.Domain.Datasets;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>
/// The name a participant's browser saves a data file under, and the name the Data tab shows: after the task and
/// phase (cdrugred-B-inputs.jsonl), not the organiser's upload name, because two phases' files often arrive under
/// the same name and would overwrite each other in a downloads folder.
/// </summary>
public static class DatasetDownloadName
{
    /// <param name="taskSlug">The task's slug; null when unknown (the upload name is kept).</param>
    /// <param name="kind">What the file is.</param>
    /// <param name="phaseCode">The earliest phase that uses the file as its inputs, if any.</param>
    /// <param name="originalFileName">The organiser's upload name (its extension is kept).</param>
    public static string For(string? taskSlug, DatasetKind kind, string? phaseCode, string originalFileName)
    {
        ArgumentNullException.ThrowIfNull(originalFileName);
        if (taskSlug is null || kind == DatasetKind.Extra)
        {
            return originalFileName;
        }

        var extension = Path.GetExtension(originalFileName) is { Length: > 0 } ext ? ext : ".json";
        if (kind == DatasetKind.CandidateList)
        {
            return $"{taskSlug}-candidates{extension}";
        }

        return phaseCode is null ? originalFileName : $"{taskSlug}-{phaseCode}-inputs{extension}";
    }
}
