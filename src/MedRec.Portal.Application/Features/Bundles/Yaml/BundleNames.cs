using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Bundles.Yaml;

/// <summary>How competition.yaml spells the portal's choices (lower-case, dashed), both ways.</summary>
internal static class BundleNames
{
    public static readonly IReadOnlyDictionary<string, TaskKind> Kinds = new Dictionary<string, TaskKind>(StringComparer.Ordinal)
    {
        ["cdrugred"] = TaskKind.CDrugRed,
        ["icd"] = TaskKind.Icd,
    };

    public static readonly IReadOnlyDictionary<string, RepresentativeSubmission> Representatives = new Dictionary<string, RepresentativeSubmission>(StringComparer.Ordinal)
    {
        ["best"] = RepresentativeSubmission.Best,
        ["latest"] = RepresentativeSubmission.Latest,
        ["selected"] = RepresentativeSubmission.Selected,
    };

    public static readonly IReadOnlyDictionary<string, BoardVisibility> Visibilities = new Dictionary<string, BoardVisibility>(StringComparer.Ordinal)
    {
        ["public"] = BoardVisibility.Public,
        ["hidden-until-released"] = BoardVisibility.HiddenUntilReleased,
    };

    public static string Of<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct => names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
