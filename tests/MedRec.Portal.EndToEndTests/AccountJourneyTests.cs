using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.EndToEndTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// Account recovery and confirmation in a real browser, with the mails read from the development file sink as a
/// person reads them in their mailbox: register → confirm → sign in; forgot password → mail → new password → sign
/// in with it; and the organiser's actions on the Users page. Screenshots in English and Chinese.
/// </summary>
public sealed class AccountJourneyTests : IAsyncLifetime
{
    private readonly PortalServer _server = new();
    private Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task RegisteringSignsInOnlyAfterTheMailedLinkIsOpened()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, "zh-CN");
        await page.GotoAsync("Account/Register");
        await page.FillByIdAsync("email", "wen@e2e.medrec.local");
        await page.FillByIdAsync("display-name", "文");
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.FillByIdAsync("confirm-password", PortalServer.Password);
        await page.Locator("#language").SelectOptionAsync("zh-CN");
        await page.ByTestId("register-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("registered-check-mail")).ToContainTextAsync("确认链接已发送到 wen@e2e.medrec.local");
        await page.ScreenshotAsync("account-registered-zh");

        // Before the link is opened the account cannot sign in, and the login page says why.
        await page.GotoAsync("Account/Login");
        await page.FillByIdAsync("email", "wen@e2e.medrec.local");
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("login-not-confirmed")).ToContainTextAsync("请先确认邮箱");

        var mail = await MailFiles.WaitForAsync(_server.MailFolder, "wen@e2e.medrec.local", "请确认您的邮箱");
        mail.Language.ShouldBe("zh-CN");
        await page.GotoAsync(MailFiles.LinkPath(mail, "Account/ConfirmEmail").TrimStart('/'));
        await Assertions.Expect(page.ByTestId("email-confirmed")).ToContainTextAsync("您的邮箱已确认");
        await page.ByTestId("confirm-login").ClickAsync();
        await page.SignInAsync("wen@e2e.medrec.local", PortalServer.Password);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-US", "en", "Reset your password", "Your password has been reset.")]
    [InlineData("zh-CN", "zh", "重置您的密码", "密码已重置")]
    public async Task AForgottenPasswordIsResetThroughTheMailedLink(string locale, string suffix, string subject, string done)
    {
        var email = $"reset-{suffix}@e2e.medrec.local";
        await CreateConfirmedUserAsync(email, "Reset " + suffix, suffix == "zh" ? "zh-CN" : "en");
        var page = await _browser!.NewPageAsync(_server.BaseUrl, locale);

        await page.GotoAsync("Account/Login");
        await page.ScreenshotAsync($"account-login-{suffix}");
        await page.ByTestId("forgot-password-link").ClickAsync();
        // The login page has an "email" field too: fill the one on the reset page, not the one being left.
        await page.WaitForURLAsync("**/Account/ForgotPassword");
        await page.ByTestId("forgot-submit").WaitForAsync();
        await page.FillByIdAsync("email", email);
        await page.ScreenshotAsync($"account-forgot-password-{suffix}");
        await page.ByTestId("forgot-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("reset-link-sent")).ToContainTextAsync(email);
        await page.ScreenshotAsync($"account-forgot-password-sent-{suffix}");

        var mail = await MailFiles.WaitForAsync(_server.MailFolder, email, subject);
        await page.GotoAsync(MailFiles.LinkPath(mail, "Account/ResetPassword").TrimStart('/'));
        await page.FillByIdAsync("new-password", "short");
        await page.FillByIdAsync("confirm-password", "different");
        await page.ByTestId("reset-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message")).ToHaveCountAsync(3);
        await page.ScreenshotAsync($"account-reset-password-errors-{suffix}");

        await page.FillByIdAsync("new-password", "a-fresh-start-2025");
        await page.FillByIdAsync("confirm-password", "a-fresh-start-2025");
        await page.ByTestId("reset-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("password-reset-done")).ToContainTextAsync(done);
        await page.ScreenshotAsync($"account-reset-password-done-{suffix}");
        await page.ByTestId("reset-login").ClickAsync();
        await page.SignInAsync(email, "a-fresh-start-2025");

        // The link worked once.
        await page.GotoAsync(MailFiles.LinkPath(mail, "Account/ResetPassword").TrimStart('/'));
        await page.ByTestId("reset-link-invalid").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrganiserDisablesAUserAfterConfirmingAndSendsAReset()
    {
        var email = "target@e2e.medrec.local";
        await CreateConfirmedUserAsync(email, "Target", "en");
        var page = await _browser!.NewPageAsync(_server.BaseUrl, "zh-CN");
        await page.GotoAsync("Account/Login?ReturnUrl=%2Forganizer%2Fusers");
        await page.SignInAsync(PortalServer.OrganizerEmail, PortalServer.Password);
        var row = page.Locator("[data-testid=users-table] tr", new PageLocatorOptions { HasText = email });
        await row.WaitForAsync();
        await page.ScreenshotAsync("users-actions-zh");

        await row.Locator("[data-testid=user-disable]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("API 令牌也将失效");
        await page.ScreenshotAsync("users-disable-dialog-zh");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "停用" }).ClickAsync();
        await Assertions.Expect(page.ByTestId("users-done")).ToContainTextAsync("已停用");
        await Assertions.Expect(row.Locator("[data-testid=user-disabled]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-testid=user-send-reset]")).ToBeDisabledAsync();
        await page.ScreenshotAsync("users-disabled-zh");
        await row.Locator("[data-testid=user-enable]").ClickAsync();
        await Assertions.Expect(page.ByTestId("users-done")).ToContainTextAsync("已重新启用");

        // The same page in English, then a reset sent to the user, whose mail arrives in their language.
        await page.GoToInteractiveAsync("culture?culture=en&redirectUri=%2Forganizer%2Fusers");
        await row.WaitForAsync();
        await page.ScreenshotAsync("users-actions-en");
        await row.Locator("[data-testid=user-send-reset]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("receives a link to choose a new password");
        await page.ScreenshotAsync("users-reset-dialog-en");
        await page.Locator(".mud-dialog button", new PageLocatorOptions { HasText = "Send password reset" }).ClickAsync();
        await Assertions.Expect(page.ByTestId("users-done")).ToContainTextAsync($"A password reset link was mailed to {email}");
        var mail = await MailFiles.WaitForAsync(_server.MailFolder, email, "Reset your password");
        mail.Text.ShouldContain("/Account/ResetPassword?userId=");
        await page.Context.CloseAsync();
    }

    private async Task CreateConfirmedUserAsync(string email, string name, string language)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PreferredLanguage = language, CreatedAt = DateTime.UtcNow };
        (await users.CreateAsync(user, PortalServer.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded.ShouldBeTrue();
    }
}
