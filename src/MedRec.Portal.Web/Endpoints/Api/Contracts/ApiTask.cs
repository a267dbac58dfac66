using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;

namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>A task and its phases, so a script can find the phase id to submit to.</summary>
public sealed record ApiTask(Guid Id, string Slug, string Kind, string TitleZh, string TitleEn, bool IsPublished, IReadOnlyList<ApiPhase> Phases)
{
    public static ApiTask From(TaskDetail task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Id, task.Slug, task.Kind.ToString(), task.Texts.TitleZh, task.Texts.TitleEn, task.IsPublished, [.. task.Phases.Select(ApiPhase.From)]);
    }
}

/// <summary>
/// A phase: its window (UTC), status now (Upcoming, Open, Closed), limits, and the board's visibility setting.
/// <see cref="InputsUrl"/> is where the inputs download with the same token (approved teams whose caller accepted the terms).
/// </summary>
public sealed record ApiPhase(
    Guid Id,
    string Code,
    string NameZh,
    string NameEn,
    DateTime OpensAt,
    DateTime ClosesAt,
    string Status,
    string QuotaTimeZone,
    int DailyLimit,
    int TotalLimit,
    string BoardVisibility,
    string? InputsUrl)
{
    public static ApiPhase From(PhaseSummary phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return new(
            phase.Id,
            phase.Code,
            phase.NameZh,
            phase.NameEn,
            phase.OpensAt,
            phase.ClosesAt,
            phase.Status.ToString(),
            phase.Settings.QuotaTimeZoneId,
            phase.Settings.DailyLimit,
            phase.Settings.TotalLimit,
            phase.Settings.BoardVisibility.ToString(),
            phase.Inputs is { } inputs ? $"{ApiEndpoints.Prefix}/datasets/{inputs.Id}" : null);
    }
}
