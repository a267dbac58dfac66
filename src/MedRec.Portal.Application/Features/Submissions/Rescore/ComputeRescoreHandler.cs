using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.Rescore;

public sealed class ComputeRescoreHandler(IPortalDbContextFactory contexts, SubmissionScoringService scoring, TimeProvider clock) : ICommandHandler<ComputeRescoreCommand, Result<IReadOnlyList<RescoreComparison>>>
{
    public async ValueTask<Result<IReadOnlyList<RescoreComparison>>> Handle(ComputeRescoreCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return SubmissionErrors.PhaseNotFound.With();
        }

        var submissions = await db.Submissions
            .Where(s => s.PhaseId == command.PhaseId
                && (command.SubmissionId == null || s.Id == command.SubmissionId)
                && (s.Status == SubmissionStatus.Scored || s.Status == SubmissionStatus.Failed))
            .OrderBy(s => s.SubmittedAt)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (command.SubmissionId is not null && submissions.Count == 0)
        {
            return SubmissionErrors.RescoreTargetNotFound.With();
        }

        var teamIds = submissions.Select(s => s.TeamId).Distinct().ToList();
        var teamNames = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var comparisons = new List<RescoreComparison>();
        foreach (var submission in submissions)
        {
            var computed = await scoring.ComputeAsync(submission.Id, cancellationToken).ConfigureAwait(false);
            submission.SetPendingRescore(
                computed.Score?.Metrics.Primary,
                computed.Score is { } score ? MetricValues.ToJson(score.Metrics) : null,
                computed.Score?.ScorerVersion,
                computed.FailureReason ?? "",
                now);
            comparisons.Add(new RescoreComparison(
                submission.Id,
                submission.TeamId,
                teamNames.GetValueOrDefault(submission.TeamId, ""),
                submission.SubmittedAt,
                submission.Status,
                submission.PrimaryScore,
                MetricValues.Parse(submission.MetricsJson),
                submission.ScorerVersion,
                submission.PendingPrimaryScore,
                MetricValues.Parse(submission.PendingMetricsJson),
                submission.PendingScorerVersion,
                submission.PendingFailure,
                OldRank: null,
                NewRank: null));
        }

        // The ranks the live board shows now and will show once published: the board's own computation (policy,
        // tie-breaks, moderation, merges, baselines), the second one with the new scores in place of the old.
        var rescored = submissions.Where(s => s.HasPendingRescore).ToDictionary(s => s.Id, s => new RescoredScore(s.PendingPrimaryScore!.Value, s.PendingMetricsJson!));
        var before = await BoardCalculator.ComputeAsync(db, context.Phase, context.Kind, null, now, cancellationToken).ConfigureAwait(false);
        var after = await BoardCalculator.ComputeRescoredAsync(db, context.Phase, context.Kind, rescored, now, cancellationToken).ConfigureAwait(false);
        var moderation = await ActiveModerations.LoadAsync(db, command.PhaseId, cancellationToken).ConfigureAwait(false);
        var oldRanks = RanksByTeam(before);
        var newRanks = RanksByTeam(after);
        comparisons = comparisons.ConvertAll(c =>
        {
            var rowTeam = moderation.RowTeamOf(c.TeamId);
            return c with { OldRank = oldRanks.GetValueOrDefault(rowTeam), NewRank = newRanks.GetValueOrDefault(rowTeam) };
        });

        db.Audit(command.Actor, SubmissionAuditActions.RescoreComputed, "Phase", command.PhaseId, null, new { command.SubmissionId, Count = comparisons.Count, Changed = comparisons.Count(c => c.PrimaryChanged) }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? comparisons : Result<IReadOnlyList<RescoreComparison>>.Failure(saved.Errors);
    }

    private static Dictionary<Guid, int?> RanksByTeam(RankedBoard board) =>
        board.Rows.Where(r => r.TeamId is not null).ToDictionary(r => r.TeamId!.Value, r => r.Rank);
}
