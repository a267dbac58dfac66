using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Bundles.ImportBundle;

/// <summary>Where in competition.yaml each domain field lives, so a domain rule's error points at the right line.</summary>
internal static class BundleFieldPaths
{
    private static readonly Dictionary<string, string> PhaseFields = new(StringComparer.Ordinal)
    {
        [nameof(PhaseSettings.Code)] = "code",
        [nameof(PhaseSettings.OpensAt)] = "opens",
        [nameof(PhaseSettings.ClosesAt)] = "closes",
        [nameof(PhaseSettings.QuotaTimeZoneId)] = "timeZone",
        [nameof(PhaseSettings.DailyLimit)] = "limits.daily",
        [nameof(PhaseSettings.TotalLimit)] = "limits.total",
        [nameof(PhaseSettings.FailedDailyCap)] = "limits.rejectedDaily",
        [nameof(PhaseSettings.Representative)] = "representative",
        [nameof(PhaseSettings.SelectionLimit)] = "selectionLimit",
        [nameof(PhaseSettings.BoardVisibility)] = "board.visibility",
        [nameof(PhaseSettings.MaxAdditionalCodes)] = "maxAdditionalCodes",
    };

    public static string Phase(int index, string? field) =>
        field is not null && PhaseFields.TryGetValue(field, out var key) ? $"phases[{index}].{key}" : $"phases[{index}]";

    public static string Task(string? field) => field switch
    {
        nameof(CompetitionTask.Slug) => "task.slug",
        nameof(CompetitionTask.TitleEn) or nameof(CompetitionTask.TitleZh) => "task.title",
        _ => "task",
    };
}
