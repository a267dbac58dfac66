using System.Net;
using System.Net.Mail;
using MedRec.Portal.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Infrastructure.Email;

/// <summary>Sends through an SMTP relay (<c>Email:Smtp:*</c>).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = EmailFormat.ToMailMessage(message, settings.From);
        using var client = new SmtpClient(settings.Smtp.Host, settings.Smtp.Port) { EnableSsl = settings.Smtp.EnableSsl };
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password);
        }

        await client.SendMailAsync(mail, cancellationToken).ConfigureAwait(false);
    }
}
