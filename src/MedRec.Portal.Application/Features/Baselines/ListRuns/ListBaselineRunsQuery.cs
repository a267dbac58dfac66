using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Scores;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.ListRuns;

/// <summary>Every run of a task's models, newest first (organisers only).</summary>
public sealed record ListBaselineRunsQuery(Actor Actor, Guid TaskId) : IQuery<Result<IReadOnlyList<BaselineRunListItem>>>, IOrganizerOnly;

/// <summary>One run as the organiser console lists it: its number in the task (#1 first), package, phase, provider, times, throughput, outcome and scores.</summary>
public sealed record BaselineRunListItem(
    Guid Id,
    int Number,
    Guid ModelId,
    string ModelLabel,
    Guid PhaseId,
    string PhaseCode,
    string Label,
    int BatchSize,
    BaselineRunStatus Status,
    string? Provider,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    int RecordsDone,
    int RecordsTotal,
    double RecordsPerSecond,
    string? FailureReason,
    bool CancelRequested,
    Guid? BaselineEntryId,
    IReadOnlyList<MetricScore> Metrics)
{
    public TimeSpan? Duration => StartedAt is { } start && FinishedAt is { } end ? end - start : null;

    public bool IsActive => Status is BaselineRunStatus.Queued or BaselineRunStatus.Running;
}
