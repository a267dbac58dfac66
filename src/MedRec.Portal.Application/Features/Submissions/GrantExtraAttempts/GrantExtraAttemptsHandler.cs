using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;

public sealed class GrantExtraAttemptsHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<GrantExtraAttemptsCommand, Result<QuotaStatus>>
{
    public const int MaxAttemptsPerGrant = 100;

    public async ValueTask<Result<QuotaStatus>> Handle(GrantExtraAttemptsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Attempts is < 1 or > MaxAttemptsPerGrant)
        {
            return SubmissionErrors.GrantAttemptsRange.ForField(nameof(command.Attempts), MaxAttemptsPerGrant, command.Attempts);
        }

        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Trim().Length > QuotaLedgerEntry.MaxReasonLength)
        {
            return SubmissionErrors.GrantReasonRequired.ForField(nameof(command.Reason), QuotaLedgerEntry.MaxReasonLength);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PhaseId, cancellationToken).ConfigureAwait(false);
        if (phase is null)
        {
            return SubmissionErrors.PhaseNotFound.With();
        }

        if (!await db.Teams.AsNoTracking().AnyAsync(t => t.Id == command.TeamId && t.TaskId == phase.TaskId, cancellationToken).ConfigureAwait(false))
        {
            return SubmissionErrors.GrantTeamNotFound.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var day = command.QuotaDay ?? phase.QuotaDayOf(now);
        var entry = new QuotaLedgerEntry(Guid.CreateVersion7(), phase.Id, command.TeamId, now, day, QuotaLedgerKind.Grant, null, command.Attempts, command.Reason.Trim(), command.Actor.UserId);
        db.QuotaLedger.Add(entry);
        db.Audit(command.Actor, SubmissionAuditActions.AttemptsGranted, nameof(QuotaLedgerEntry), entry.Id, before: null, new { entry.PhaseId, entry.TeamId, entry.QuotaDay, entry.ExtraAttempts, entry.Reason }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<QuotaStatus>.Failure(saved.Errors);
        }

        var team = await TeamQueries.TeamAsync(db, command.TeamId, cancellationToken).ConfigureAwait(false);
        var book = await QuotaBook.ReadAsync(db, phase, command.TeamId, phase.QuotaDayOf(now), cancellationToken).ConfigureAwait(false);
        return book.ToStatus(SubmissionGate.Check(phase, team, now));
    }
}
