using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Common.Authorization;

/// <summary>
/// The one place that checks the organiser role: an <see cref="IOrganizerOnly"/> message from anyone but an
/// organiser is answered with the same failure its handler used to return (<see cref="CommonErrors.OrganizersOnly"/>,
/// which pages show in the reader's language), and the handler never runs. Other messages pass untouched.
/// Registered once, in the host's Mediator options.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (message is IOrganizerOnly organizerOnly && organizerOnly.Actor?.IsOrganizer != true)
        {
            return ValueTask.FromResult(Refusal.OrganizersOnly);
        }

        return next(message, cancellationToken);
    }

    /// <summary>The refusal as this message's response type, built once per type (only when first refused).</summary>
    private static class Refusal
    {
        public static readonly TResponse OrganizersOnly = FailureResponses.Create<TResponse>(CommonErrors.OrganizersOnly);
    }
}
