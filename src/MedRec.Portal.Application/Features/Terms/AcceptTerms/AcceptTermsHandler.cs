using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Terms.AcceptTerms;

public sealed class AcceptTermsHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<AcceptTermsCommand, Result>
{
    public async ValueTask<Result> Handle(AcceptTermsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = await TermsGate.AcceptAsync(db, command.TaskId, command.Actor.UserId, command.Number, now, cancellationToken).ConfigureAwait(false);
        if (accepted.IsFailure)
        {
            return Result.Failure(accepted.Errors);
        }

        if (accepted.Value is not { } acceptance)
        {
            return Result.Success();
        }

        db.Audit(command.Actor, TermsAuditActions.Accepted, nameof(Domain.Terms.TermsAcceptance), acceptance.Id, before: null, new { acceptance.TaskId, acceptance.UserId, acceptance.TermsNumber, acceptance.AcceptedAt }, now);
        // A double click racing itself hits the unique index: the person has accepted either way.
        var saved = await db.TrySaveAsync(cancellationToken, onConflict: RacedItself).ConfigureAwait(false);
        return saved.IsSuccess || saved.Errors.Any(e => ReferenceEquals(e, RacedItself)) ? Result.Success() : saved;
    }

    // Never shown: it only marks the unique-index refusal so it can be told apart from real failures.
    private static readonly Error RacedItself = new(ErrorCodes.Conflict, "The same acceptance was saved by a concurrent request.", null);
}
