using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Users.Links;

/// <summary>
/// Builds the confirmation and password-reset mails: a one-time token from the identity system in a link to the
/// portal page that takes it, written in the account's language, handed to the outbox (docs/email.md).
/// </summary>
public sealed class AccountMails(IAccountManager accounts, IEmailOutbox outbox)
{
    public const string ConfirmationKind = "account:confirm-email";

    public const string PasswordResetKind = "account:password-reset";

    /// <summary>How long a link works (the identity system's token lifespan is set from this).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>The page link's problem, or null when it is an absolute http(s) address.</summary>
    public static Error? CheckPage(Uri? page) =>
        page is { IsAbsoluteUri: true } && (page.Scheme == Uri.UriSchemeHttps || page.Scheme == Uri.UriSchemeHttp)
            ? null
            : UserErrors.LinkBaseMessage.With(page?.ToString() ?? "");

    /// <summary>The page with the account and token in its query (the token escaped: it is base64 with + and /).</summary>
    public static string Link(Uri page, Guid userId, string token)
    {
        ArgumentNullException.ThrowIfNull(page);
        var bare = page.GetLeftPart(UriPartial.Path);
        return $"{bare}?userId={userId:D}&code={Uri.EscapeDataString(token)}";
    }

    /// <summary>Adds a reset mail for <paramref name="user"/> to <paramref name="db"/>'s unit of work; save, then <see cref="Wake"/>.</summary>
    public async Task AddPasswordResetAsync(IPortalDbContext db, UserSummary user, Uri resetPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await accounts.CreatePasswordResetTokenAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var content = AccountMailTexts.PasswordReset(IsChinese(user), Name(user), Link(resetPage, user.Id, token), (int)LinkLifetime.TotalHours);
        outbox.Add(db, PasswordResetKind, [Message(user, content)]);
    }

    /// <summary>Adds a confirmation mail for <paramref name="user"/>; save, then <see cref="Wake"/>.</summary>
    public async Task AddConfirmationAsync(IPortalDbContext db, UserSummary user, Uri confirmPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await accounts.CreateEmailConfirmationTokenAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var content = AccountMailTexts.Confirmation(IsChinese(user), Name(user), Link(confirmPage, user.Id, token), (int)LinkLifetime.TotalHours);
        outbox.Add(db, ConfirmationKind, [Message(user, content)]);
    }

    public void Wake() => outbox.Wake();

    private static bool IsChinese(UserSummary user) => user.PreferredLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Name(UserSummary user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email : user.DisplayName;

    private static EmailMessage Message(UserSummary user, AccountMailContent content) =>
        new(user.Email, content.Subject, content.Text, content.Html, IsChinese(user) ? "zh-CN" : "en");
}
