using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.MergeTeams;

public sealed class MergeTeamsHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<MergeTeamsCommand, Result<TeamMergeOutcome>>
{
    public async ValueTask<Result<TeamMergeOutcome>> Handle(MergeTeamsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BoardModeration.CheckReason(command.Reason) is { } reasonError)
        {
            return reasonError;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var target = await LoadAsync(db, command.TargetTeamId, cancellationToken).ConfigureAwait(false);
        var source = await LoadAsync(db, command.SourceTeamId, cancellationToken).ConfigureAwait(false);
        if (target is null || source is null)
        {
            return (target is null ? TeamErrors.MergeTargetNotFound : TeamErrors.MergeSourceNotFound).With();
        }

        if (target.CheckCanAbsorb(source) is { } cannot)
        {
            return cannot;
        }

        var phases = await db.Phases.AsNoTracking().Where(p => p.TaskId == target.TaskId).OrderBy(p => p.OpensAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var teamIds = new[] { target.Id, source.Id };
        var slots = await db.QuotaSlots.Where(s => teamIds.Contains(s.TeamId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = await db.QuotaLedger.Where(e => teamIds.Contains(e.TeamId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var phase in phases)
        {
            var refused = TeamMergeQuota.Check(
                phase,
                target.Name,
                TeamQuotaUses.Of(slots, ledger, phase.Id, target.Id),
                source.Name,
                TeamQuotaUses.Of(slots, ledger, phase.Id, source.Id));
            if (refused is not null)
            {
                return refused;
            }
        }

        if (await CheckSelectionsAsync(db, phases, target, source, cancellationToken).ConfigureAwait(false) is { } tooManySelected)
        {
            return tooManySelected;
        }

        var before = new { Target = TeamAuditState.Of(target), Source = TeamAuditState.Of(source) };
        var movedMembers = source.Members.Select(m => m.UserId).ToList();

        // What moves is recorded as rows (not only in the audit event) so that UnmergeTeamCommand can give it back.
        var record = TeamMerge.Start(Guid.CreateVersion7(), target, source, command.Reason, command.Actor.UserId, now);
        target.Absorb(source, now);

        var submissions = await db.Submissions.Where(s => s.TeamId == source.Id).OrderBy(s => s.SubmittedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var submission in submissions)
        {
            submission.MoveToTeam(target.Id);
            record.MovedSubmission(submission.Id, submission.PhaseId);
        }

        var movedSlots = slots.Count(s => s.TeamId == source.Id);
        foreach (var slot in slots.Where(s => s.TeamId == source.Id))
        {
            record.MovedSlot(slot.Id, slot.Number);
        }

        RenumberSlots(slots, target.Id, source.Id);
        var movedLedger = ledger.Where(e => e.TeamId == source.Id).ToList();
        foreach (var entry in movedLedger)
        {
            entry.MoveToTeam(target.Id);
            record.MovedLedgerEntry(entry.Id);
        }

        db.TeamMerges.Add(record);
        db.Audit(command.Actor, AuditActions.TeamMerged, nameof(Team), target.Id, before, new
        {
            command.Reason,
            MergeId = record.Id,
            TargetTeamId = target.Id,
            SourceTeamId = source.Id,
            MovedMemberUserIds = movedMembers,
            MovedSubmissionIds = submissions.Select(s => s.Id).ToList(),
            MovedLedgerEntryIds = movedLedger.Select(e => e.Id).ToList(),
            MovedSlots = movedSlots,
            Target = TeamAuditState.Of(target),
            Source = TeamAuditState.Of(source),
        }, now);

        // A join racing the merge fails on either team's version; an upload of the target racing it for a slot number
        // fails on the unique slot index: both become a retryable refusal, never a half-merged pair.
        var saved = await db.TrySaveAsync(cancellationToken, TeamErrors.MergeRaced.With()).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<TeamMergeOutcome>.Failure(saved.Errors);
        }

        foreach (var phase in phases)
        {
            events.Publish(new BoardChanged(phase.Id, BoardChangeKind.Moderated, now));
        }

        return new TeamMergeOutcome(target.Id, source.Id, movedMembers.Count, submissions.Count, movedLedger.Count);
    }

    /// <summary>
    /// The merged team may select no more submissions for the final ranking than one team may (the same limit
    /// SelectForFinal enforces): the organiser is told how many the teams must unselect first, rather than the
    /// merge choosing for them.
    /// </summary>
    private static async Task<Error?> CheckSelectionsAsync(IPortalDbContext db, IReadOnlyList<Domain.Tasks.Phase> phases, Team target, Team source, CancellationToken cancellationToken)
    {
        var teamIds = new[] { target.Id, source.Id };
        var selected = await db.Submissions
            .Where(s => teamIds.Contains(s.TeamId) && s.IsSelectedForFinal)
            .GroupBy(s => s.PhaseId)
            .Select(g => new { PhaseId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var phase in phases)
        {
            var count = selected.FirstOrDefault(s => s.PhaseId == phase.Id)?.Count ?? 0;
            if (count > phase.SelectionLimit)
            {
                return TeamErrors.MergeSelectionsOverLimit.With(target.Name, source.Name, count, phase.Code, phase.SelectionLimit, count - phase.SelectionLimit);
            }
        }

        return null;
    }

    private static Task<Team?> LoadAsync(IPortalDbContext db, Guid teamId, CancellationToken cancellationToken) =>
        db.Teams.Include(t => t.Members).Include(t => t.Invitations).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);

    /// <summary>
    /// The source's slots take the target's smallest free numbers of the same phase, kind and day, so the unique slot
    /// index holds and "smallest free number" keeps working for the merged team's next uploads.
    /// </summary>
    private static void RenumberSlots(List<QuotaSlot> slots, Guid targetId, Guid sourceId)
    {
        var taken = slots.Where(s => s.TeamId == targetId)
            .GroupBy(s => (s.PhaseId, s.Kind, s.QuotaDay))
            .ToDictionary(g => g.Key, g => g.Select(s => s.Number).ToHashSet());
        foreach (var slot in slots.Where(s => s.TeamId == sourceId).OrderBy(s => s.Number).ToList())
        {
            var key = (slot.PhaseId, slot.Kind, slot.QuotaDay);
            if (!taken.TryGetValue(key, out var numbers))
            {
                taken[key] = numbers = [];
            }

            var number = 1;
            while (numbers.Contains(number))
            {
                number++;
            }

            numbers.Add(number);
            slot.MoveToTeam(targetId, number);
        }
    }
}
