using System.Net;

namespace MedRec.Portal.Application.Features.Users.Links;

/// <summary>What a confirmation or reset mail says.</summary>
public sealed record AccountMailContent(string Subject, string Text, string Html);

/// <summary>
/// The words of the account mails in the recipient's language. Here rather than in the web host's resources for
/// the same reason as the notification texts: use cases write them, each for its recipient, not for the request.
/// </summary>
public static class AccountMailTexts
{
    public static AccountMailContent Confirmation(bool zh, string name, string link, int hours) => Build(
        zh ? "请确认您的邮箱 · MedRec.Portal" : "Confirm your e-mail address · MedRec.Portal",
        zh ? $"{name}，您好：" : $"Hello {name},",
        zh ? "感谢注册 MedRec.Portal。请打开下面的链接确认您的邮箱地址，确认后即可登录：" : "Thank you for registering at MedRec.Portal. Open the link below to confirm your e-mail address; you can sign in once it is confirmed:",
        link,
        zh ? $"链接 {hours} 小时内有效。如果您没有注册，请忽略本邮件。" : $"The link is valid for {hours} hours. If you did not register, ignore this mail.");

    public static AccountMailContent PasswordReset(bool zh, string name, string link, int hours) => Build(
        zh ? "重置您的密码 · MedRec.Portal" : "Reset your password · MedRec.Portal",
        zh ? $"{name}，您好：" : $"Hello {name},",
        zh ? "我们收到了重置您 MedRec.Portal 账号密码的请求（由您本人或组织者发起）。请打开下面的链接设置新密码：" : "We received a request (from you or from an organiser) to reset the password of your MedRec.Portal account. Open the link below to choose a new password:",
        link,
        zh ? $"链接 {hours} 小时内有效，只能使用一次。如果您没有请求重置，请忽略本邮件，密码不会改变。" : $"The link is valid for {hours} hours and works once. If you did not ask for this, ignore this mail: your password stays as it is.");

    private static AccountMailContent Build(string subject, string greeting, string intro, string link, string footer)
    {
        var text = $"{greeting}\n\n{intro}\n\n{link}\n\n{footer}\n";

        // The display name is user text: encoded like everything else in the HTML part.
        var html = $"<p>{WebUtility.HtmlEncode(greeting)}</p><p>{WebUtility.HtmlEncode(intro)}</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p><p>{WebUtility.HtmlEncode(footer)}</p>";
        return new AccountMailContent(subject, text, html);
    }
}
