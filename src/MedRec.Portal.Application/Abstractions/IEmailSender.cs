namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// The transport (<c>Email:Sink</c>: SMTP in production, a folder of .eml files in development). Use cases never
/// call it directly: they queue mail with <see cref="IEmailOutbox"/>, and the outbox worker calls this, so a slow
/// or failing mail server never delays a request. Throws when the message could not be handed over.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
