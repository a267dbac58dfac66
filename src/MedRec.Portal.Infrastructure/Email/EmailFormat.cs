using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using MedRec.Portal.Application.Abstractions;

namespace MedRec.Portal.Infrastructure.Email;

/// <summary>Builds the MIME message both senders use, so the file sink shows exactly what SMTP would send.</summary>
internal static class EmailFormat
{
    public static MailMessage ToMailMessage(EmailMessage message, string from)
    {
        var mail = new MailMessage(new MailAddress(from), new MailAddress(message.To))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,

            // Quoted-printable keeps ASCII readable in the .eml files of the development sink and is safe on any relay.
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        if (!string.IsNullOrEmpty(message.Culture))
        {
            // Mail clients pick fonts and spell-checking by it; tests read it to check the recipient's language.
            mail.Headers.Add("Content-Language", message.Culture);
        }

        if (message.HtmlBody is not null)
        {
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        }

        return mail;
    }
}
