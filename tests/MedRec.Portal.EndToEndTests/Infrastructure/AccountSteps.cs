using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>Account steps several journeys share: register through the form, open the mailed link, sign in.</summary>
public static class AccountSteps
{
    /// <summary>
    /// Registers through the form, opens the confirmation link from the file sink as the person would from their
    /// mailbox, and signs in; the page ends on the home page with a live circuit.
    /// </summary>
    public static async Task RegisterConfirmAndSignInAsync(this IPage page, string mailFolder, string email, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("Account/Register");
        await page.FillByIdAsync("email", email);
        await page.FillByIdAsync("display-name", name);
        await page.FillByIdAsync("password", password);
        await page.FillByIdAsync("confirm-password", password);
        await page.ByTestId("register-submit").ClickAsync();
        await Assertions.Expect(page.ByTestId("registered-check-mail")).ToContainTextAsync(email);

        var mail = await MailFiles.WaitForAsync(mailFolder, email, "MedRec.Portal");
        await page.GotoAsync(MailFiles.LinkPath(mail, "Account/ConfirmEmail").TrimStart('/'));
        await page.ByTestId("email-confirmed").WaitForAsync();
        await page.ByTestId("confirm-login").ClickAsync();
        await page.SignInAsync(email, password);
    }

    /// <summary>Fills the login form (already open) and waits for the live page it leads to.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#email").WaitForAsync();
        await page.FillByIdAsync("email", email);
        await page.FillByIdAsync("password", password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.ByTestId("signed-in-user")).ToContainTextAsync(email);
    }
}
