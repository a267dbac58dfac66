using System.Net.Mail;
using MedRec.Portal.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Email;

/// <summary>
/// Development sink (<c>Email:Sink=Files</c>): writes each message as a .eml file (open it in any mail client)
/// into <c>Email:Directory</c>, so sign-up and invitation flows work without a mail server.
/// </summary>
public sealed class FileEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var directory = Path.GetFullPath(settings.Directory);
        Directory.CreateDirectory(directory);

        using var mail = EmailFormat.ToMailMessage(message, settings.From);

        // SmtpClient's pickup-directory mode writes the exact MIME text it would send, under a unique name.
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = directory,
        };
        await client.SendMailAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
