namespace MedRec.Portal.Application.Common.Authorization;

/// <summary>
/// A message only organisers may send. <see cref="AuthorizationBehavior{TMessage, TResponse}"/> refuses it for
/// anyone else with <see cref="CommonErrors.OrganizersOnly"/> before the handler runs, so handlers of these
/// messages never check the role themselves. The message's response must be a <c>Result</c> or <c>Result&lt;T&gt;</c>.
/// </summary>
public interface IOrganizerOnly
{
    /// <summary>Who sends the message (the positional <c>Actor</c> of the message record).</summary>
    Actor Actor { get; }
}
