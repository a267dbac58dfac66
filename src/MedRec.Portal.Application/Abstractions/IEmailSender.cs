namespace MedRec.Portal.Application.Abstractions;

/// <summary>Sends mail (invitations, account messages). SMTP in production, a folder of files in development.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
