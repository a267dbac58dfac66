using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.UnmergeTeam;

public sealed class UnmergeTeamHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<UnmergeTeamCommand, Result<TeamUnmergeOutcome>>
{
    public async ValueTask<Result<TeamUnmergeOutcome>> Handle(UnmergeTeamCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BoardModeration.CheckReason(command.Reason) is { } reasonError)
        {
            return reasonError;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var source = await LoadAsync(db, command.SourceTeamId, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            return TeamErrors.UnmergeSourceNotFound.With();
        }

        if (source.MergedIntoTeamId is not { } targetId)
        {
            return TeamErrors.UnmergeNotMerged.With(source.Name);
        }

        var target = await LoadAsync(db, targetId, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return TeamErrors.UnmergeTargetGone.With(source.Name);
        }

        // Every merge of B into A not yet undone: the first one, and any that swept up a late upload.
        var open = db.TeamMerges.Where(m => m.SourceTeamId == source.Id && m.TargetTeamId == target.Id && m.UndoneAt == null);
        var records = await open.Include(m => m.Members).OrderBy(m => m.MergedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (records.Count == 0)
        {
            return TeamErrors.UnmergeNotRecorded.With(source.Name, target.Name);
        }

        // One collection per query (the tracked records pick them up): all four in one join would multiply the rows.
        await open.Include(m => m.Submissions).LoadAsync(cancellationToken).ConfigureAwait(false);
        await open.Include(m => m.Slots).LoadAsync(cancellationToken).ConfigureAwait(false);
        await open.Include(m => m.LedgerEntries).LoadAsync(cancellationToken).ConfigureAwait(false);

        // An upload that slipped into B after the last merge would compete with the restored slots for B's numbers.
        var late = await db.Submissions.CountAsync(s => s.TeamId == source.Id, cancellationToken).ConfigureAwait(false);
        if (late > 0)
        {
            return TeamErrors.UnmergeLateUploads.With(source.Name, late, target.Name);
        }

        var movedMembers = records.SelectMany(r => r.Members).GroupBy(m => m.UserId).Select(g => (g.Key, g.Min(m => m.JoinedAt))).ToList();
        if (target.CheckCanRelease(source, movedMembers.Select(m => m.Key).ToList()) is { } cannot)
        {
            return cannot;
        }

        var submissionIds = records.SelectMany(r => r.Submissions).Select(s => s.SubmissionId).ToHashSet();
        var originalNumbers = records.SelectMany((r, order) => r.Slots.Select(s => (s.SlotId, Number: (order, s.OriginalNumber)))).GroupBy(s => s.SlotId).ToDictionary(g => g.Key, g => g.First().Number);
        var ledgerIds = records.SelectMany(r => r.LedgerEntries).Select(e => e.EntryId).ToHashSet();
        var slots = await db.QuotaSlots.Where(s => s.TeamId == target.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = await db.QuotaLedger.Where(e => e.TeamId == target.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

        // A slot goes back with its submission; a ledger line goes back when the merge moved it, or when it is about
        // one of B's submissions (a refund written while merged).
        var slotsBack = slots.Where(s => submissionIds.Contains(s.SubmissionId) || originalNumbers.ContainsKey(s.Id)).ToList();
        var ledgerBack = ledger.Where(e => ledgerIds.Contains(e.Id) || (e.SubmissionId is { } about && submissionIds.Contains(about))).ToList();
        var phases = await db.Phases.AsNoTracking().Where(p => p.TaskId == target.TaskId).OrderBy(p => p.OpensAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var slotsStaying = slots.Except(slotsBack).ToList();
        var ledgerStaying = ledger.Except(ledgerBack).ToList();
        foreach (var phase in phases)
        {
            if (TeamMergeQuota.CheckSplit(phase, target.Name, source.Name, TeamQuotaUses.Of(slotsStaying, ledgerStaying, phase.Id, target.Id)) is { } overQuota)
            {
                return overQuota;
            }
        }

        var before = new { Target = TeamAuditState.Of(target), Source = TeamAuditState.Of(source) };
        var back = target.Release(source, movedMembers, now);
        var submissions = await db.Submissions.Where(s => s.TeamId == target.Id && submissionIds.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var submission in submissions)
        {
            submission.MoveToTeam(source.Id);
        }

        RestoreSlots(slotsBack, originalNumbers, source.Id);
        foreach (var entry in ledgerBack)
        {
            entry.MoveToTeam(source.Id);
        }

        foreach (var record in records)
        {
            record.MarkUndone(command.Actor.UserId, command.Reason, now);
        }

        db.Audit(command.Actor, AuditActions.TeamUnmerged, nameof(Team), source.Id, before, new
        {
            Reason = command.Reason.Trim(),
            MergeIds = records.Select(r => r.Id).ToList(),
            TargetTeamId = target.Id,
            SourceTeamId = source.Id,
            ReturnedMemberUserIds = back,
            StayedMemberUserIds = movedMembers.Select(m => m.Key).Except(back).ToList(),
            ReturnedSubmissionIds = submissions.Select(s => s.Id).ToList(),
            ReturnedLedgerEntryIds = ledgerBack.Select(e => e.Id).ToList(),
            ReturnedSlots = slotsBack.Count,
            Target = TeamAuditState.Of(target),
            Source = TeamAuditState.Of(source),
        }, now);

        // A join, leave, leadership change or selection racing the undo fails on either team's version; nothing is
        // half given back, and the organiser is told to try again.
        var saved = await db.TrySaveAsync(cancellationToken, TeamErrors.UnmergeRaced.With()).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return TeamErrors.UnmergeRaced.With();
        }

        foreach (var phase in phases)
        {
            events.Publish(new BoardChanged(phase.Id, BoardChangeKind.Moderated, now));
        }

        return new TeamUnmergeOutcome(target.Id, target.Name, source.Id, source.Name, back.Count, movedMembers.Count - back.Count, submissions.Count, ledgerBack.Count);
    }

    private static Task<Team?> LoadAsync(IPortalDbContext db, Guid teamId, CancellationToken cancellationToken) =>
        db.Teams.Include(t => t.Members).Include(t => t.Invitations).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);

    /// <summary>
    /// Slots go back at the numbers they had in B (B holds no slots then: late uploads are refused above). Two merges
    /// of B could have recorded one number twice (a late upload picked a number B had just given away); the later one
    /// then takes B's smallest free number, so the unique slot index holds.
    /// </summary>
    private static void RestoreSlots(List<QuotaSlot> slots, Dictionary<Guid, (int Merge, int Number)> originalNumbers, Guid sourceId)
    {
        var taken = new Dictionary<(Guid, QuotaSlotKind, DateOnly), HashSet<int>>();
        foreach (var slot in slots.OrderBy(s => originalNumbers.TryGetValue(s.Id, out var recorded) ? recorded.Merge : int.MaxValue).ThenBy(s => s.Number))
        {
            var key = (slot.PhaseId, slot.Kind, slot.QuotaDay);
            if (!taken.TryGetValue(key, out var numbers))
            {
                taken[key] = numbers = [];
            }

            var number = originalNumbers.TryGetValue(slot.Id, out var original) ? original.Number : 1;
            if (numbers.Contains(number))
            {
                number = 1;
                while (numbers.Contains(number))
                {
                    number++;
                }
            }

            numbers.Add(number);
            slot.MoveToTeam(sourceId, number);
        }
    }
}
