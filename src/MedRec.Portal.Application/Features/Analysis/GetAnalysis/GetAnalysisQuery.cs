using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using Mediator;

namespace MedRec.Portal.Application.Features.Analysis.GetAnalysis;

/// <summary>
/// Organisers only: a phase's analyses and one of them in full (hardest records with gold included). Without
/// <paramref name="AnalysisId"/>: the published one, else the one of the freeze snapshot (the final board), else the newest.
/// </summary>
public sealed record GetAnalysisQuery(Actor Actor, Guid PhaseId, Guid? AnalysisId = null) : IQuery<Result<AnalysisPage>>, IOrganizerOnly;

/// <summary>What the Analysis page shows.</summary>
public sealed record AnalysisPage(
    Guid PhaseId,
    string PhaseCode,
    TaskKind Kind,
    IReadOnlyList<AnalysisListItem> Analyses,
    IReadOnlyList<SnapshotChoice> Snapshots,
    AnalysisListItem? Selected,
    AnalysisReportData? Report,
    Guid? PublishedAnalysisId);

/// <summary>One analysis of the phase, with its progress.</summary>
public sealed record AnalysisListItem(
    Guid Id,
    Guid SnapshotId,
    SnapshotKind SnapshotKind,
    DateTime AsOf,
    AnalysisStatus Status,
    int EntriesDone,
    int EntriesTotal,
    int ResamplePercent,
    int Resamples,
    string? FailureReason,
    DateTime RequestedAt,
    DateTime? FinishedAt)
{
    public bool IsFinished => Status is AnalysisStatus.Succeeded or AnalysisStatus.Failed;

    /// <summary>0 to 1: re-scoring is most of the work, resampling the rest.</summary>
    public double Progress => Status == AnalysisStatus.Succeeded ? 1 : EntriesTotal == 0 ? 0 : (0.9 * EntriesDone / EntriesTotal) + (0.1 * ResamplePercent / 100.0);
}

/// <summary>A snapshot the organiser can analyse.</summary>
public sealed record SnapshotChoice(Guid Id, SnapshotKind Kind, DateTime AsOf, int RowCount, bool IsFrozenBoard);
