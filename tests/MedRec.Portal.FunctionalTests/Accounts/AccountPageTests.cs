using System.Net;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Accounts;

public sealed class AccountPageTests : SqlitePortalTest
{
    [Fact]
    public async Task RegisteringCreatesAParticipantWhoSignsInOnlyAfterOpeningTheMailedLink()
    {
        using var browser = Browser();

        using var response = await browser.PostFormAsync("/Account/Register", RegisterFields("dora@test.medrec.local", "Dora"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Almost done: we sent a confirmation link to dora@test.medrec.local.");
        (await browser.GetAsync("/")).Html.ShouldNotContain("dora@test.medrec.local", Case.Insensitive, "registering no longer signs in");
        using (var early = await browser.LogInAsync("dora@test.medrec.local"))
        {
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()).ShouldContain("Confirm your e-mail address first");
        }

        var mail = await MailFiles.WaitForAsync(Factory.MailFolder, "dora@test.medrec.local", "Confirm your e-mail address");
        var confirm = await browser.GetAsync(MailFiles.LinkPath(mail, "Account/ConfirmEmail"));
        WebUtility.HtmlDecode(confirm.Html).ShouldContain("your e-mail address is confirmed");

        await browser.LogInSuccessfullyAsync("dora@test.medrec.local");
        (await browser.GetAsync("/")).Html.ShouldContain("dora@test.medrec.local");
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync("dora@test.medrec.local");
        user.ShouldNotBeNull();
        user.DisplayName.ShouldBe("Dora");
        (await users.IsInRoleAsync(user, "Participant")).ShouldBeTrue();
        (await users.IsInRoleAsync(user, "Organizer")).ShouldBeFalse();
    }

    [Fact]
    public async Task AMistypedConfirmationLinkSaysSoAndTheMailCanBeSentAgain()
    {
        using var browser = Browser();
        using (await browser.PostFormAsync("/Account/Register", RegisterFields("olga@test.medrec.local", "Olga")))
        {
        }

        var first = await MailFiles.WaitForAsync(Factory.MailFolder, "olga@test.medrec.local", "Confirm your e-mail address");
        var broken = MailFiles.LinkPath(first, "Account/ConfirmEmail")[..^6];
        WebUtility.HtmlDecode((await browser.GetAsync(broken)).Html).ShouldContain("This confirmation link is not valid");

        using var resent = await browser.PostFormAsync("/Account/ResendEmailConfirmation", new Dictionary<string, string> { ["Input.Email"] = "olga@test.medrec.local" });
        WebUtility.HtmlDecode(await resent.Content.ReadAsStringAsync()).ShouldContain("a new confirmation link is on its way");
        await WaitUntilAsync(() => MailFiles.To(Factory.MailFolder, "olga@test.medrec.local").Count == 2);
        var second = MailFiles.To(Factory.MailFolder, "olga@test.medrec.local").Select(m => MailFiles.LinkPath(m, "Account/ConfirmEmail")).Single(l => l != MailFiles.LinkPath(first, "Account/ConfirmEmail"));
        WebUtility.HtmlDecode((await browser.GetAsync(second)).Html).ShouldContain("your e-mail address is confirmed");
        await browser.LogInSuccessfullyAsync("olga@test.medrec.local");
    }

    [Fact]
    public async Task ForgotPasswordMailsALinkThatSetsANewPasswordOnce()
    {
        await Factory.CreateParticipantAsync("paul@test.medrec.local", "Paul");
        using var browser = Browser();

        using var asked = await browser.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "paul@test.medrec.local" });
        using var unknown = await browser.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "nobody@test.medrec.local" });
        WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()).ShouldContain("If an account exists for paul@test.medrec.local, a link to reset its password is on its way");
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("If an account exists for nobody@test.medrec.local, a link to reset its password is on its way");

        var mail = await MailFiles.WaitForAsync(Factory.MailFolder, "paul@test.medrec.local", "Reset your password");
        var link = MailFiles.LinkPath(mail, "Account/ResetPassword");
        using var mismatch = await browser.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "short", ["Input.ConfirmPassword"] = "other" });
        var errors = WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync());
        errors.ShouldContain("The password must have at least 10 characters.");
        errors.ShouldContain("The two passwords do not match.");

        using var reset = await browser.PostFormAsync(link, new Dictionary<string, string> { ["Input.NewPassword"] = "fresh-start-2025", ["Input.ConfirmPassword"] = "fresh-start-2025" });
        WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync()).ShouldContain("Your password has been reset.");
        using var old = Browser();
        using (var refused = await old.LogInAsync("paul@test.medrec.local"))
        {
            (await refused.Content.ReadAsStringAsync()).ShouldContain("The email or password is not correct.");
        }

        await Browser().LogInSuccessfullyAsync("paul@test.medrec.local", "fresh-start-2025");
        WebUtility.HtmlDecode((await browser.GetAsync(link)).Html).ShouldContain("This reset link is not valid", customMessage: "a used link does not work twice");
        WebUtility.HtmlDecode((await browser.GetAsync("/Account/ResetPassword?userId=not-a-guid&code=x")).Html).ShouldContain("This reset link is not valid");
    }

    [Fact]
    public async Task ADisabledAccountIsToldSoAtSignIn()
    {
        var quinn = await Factory.CreateParticipantAsync("quinn@test.medrec.local", "Quinn");
        var mediator = Factory.Services.GetRequiredService<Mediator.ISender>();
        (await mediator.Send(new Application.Features.Users.Admin.SetUserDisabledCommand(await Factory.OrganizerAsync(), quinn.UserId, true))).IsSuccess.ShouldBeTrue();
        using var browser = Browser();

        using var withPassword = await browser.LogInAsync("quinn@test.medrec.local");
        using var wrongPassword = await Browser().LogInAsync("quinn@test.medrec.local", "wrong-password-1");

        WebUtility.HtmlDecode(await withPassword.Content.ReadAsStringAsync()).ShouldContain("This account has been disabled by the organisers.");
        wrongPassword.Headers.Location!.ToString().ShouldContain("Account/Lockout", customMessage: "only the password's owner learns it is disabled");
        (await browser.GetAsync("/teams")).Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task TheUsersPageOffersTheOrganiserActionsToOrganisersOnly()
    {
        await Factory.CreateParticipantAsync("rita@test.medrec.local", "Rita");
        using var organizer = Browser();
        await organizer.LogInSuccessfullyAsync(PortalFactory.OrganizerEmail);
        using var participant = Browser();
        await participant.LogInSuccessfullyAsync("rita@test.medrec.local");

        // The organiser switches this browser to Chinese (signing in keeps the language the visitor was reading).
        (await organizer.GetAsync("/culture?culture=zh-CN&redirectUri=%2F")).Status.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode((await organizer.GetAsync("/organizer/users")).Html);
        var refused = await participant.GetAsync("/organizer/users");

        page.ShouldContain("发送重置密码邮件");
        page.ShouldContain("设为组织者");
        page.ShouldContain("停用");
        page.ShouldContain("rita@test.medrec.local");
        refused.Html.ShouldNotContain("rita@test.medrec.local");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        condition().ShouldBeTrue();
    }

    [Fact]
    public async Task RegistrationShowsEveryProblemUnderItsField()
    {
        using var browser = Browser();
        var fields = RegisterFields("not-an-email", "");
        fields["Input.Password"] = "short";
        fields["Input.ConfirmPassword"] = "different";

        using var response = await browser.PostFormAsync("/Account/Register", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("\"not-an-email\" is not a valid email address.");
        html.ShouldContain("Enter a display name.");
        html.ShouldContain("The password must have at least 10 characters.");
        html.ShouldContain("The password must contain a digit.");
        html.ShouldContain("The two passwords do not match.");
    }

    [Fact]
    public async Task RegisteringAnEmailTwiceSaysItIsTaken()
    {
        await Factory.CreateParticipantAsync("eve@test.medrec.local", "Eve");
        using var browser = Browser();

        using var response = await browser.PostFormAsync("/Account/Register", RegisterFields("eve@test.medrec.local", "Eve again"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("An account with this email already exists.");
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessage()
    {
        await Factory.CreateParticipantAsync("frank@test.medrec.local", "Frank");
        using var browser = Browser();

        using var response = await browser.LogInAsync("frank@test.medrec.local", "wrong-password-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The email or password is not correct.");
    }

    [Fact]
    public async Task RepeatedFailuresLockTheAccountAndSaySo()
    {
        await Factory.CreateParticipantAsync("gina@test.medrec.local", "Gina");
        using var browser = Browser();

        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < PortalIdentityOptions.MaxFailedAccessAttempts; attempt++)
        {
            last?.Dispose();
            last = await browser.LogInAsync("gina@test.medrec.local", "wrong-password-1");
        }

        last!.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        last.Headers.Location!.ToString().ShouldContain("Account/Lockout");
        last.Dispose();
        var lockout = await browser.GetAsync("/Account/Lockout");
        lockout.Html.ShouldContain("Too many failed sign-in attempts. Try again in 15 minutes.");
        using var correct = await browser.LogInAsync("gina@test.medrec.local");
        correct.Headers.Location!.ToString().ShouldContain("Account/Lockout");
    }

    [Fact]
    public async Task LoginReturnsToTheRequestedPageButNeverToAnotherSite()
    {
        await Factory.CreateParticipantAsync("hank@test.medrec.local", "Hank");
        using var browser = Browser();
        using var local = await browser.PostFormAsync("/Account/Login?ReturnUrl=%2Fteams", Credentials("hank@test.medrec.local"));
        using var other = Browser();
        using var foreign = await other.PostFormAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", Credentials("hank@test.medrec.local"));

        local.Headers.Location!.ToString().ShouldEndWith("/teams");
        foreign.Headers.Location!.ToString().ShouldNotContain("evil.example");
    }

    [Fact]
    public async Task LoggingOutEndsTheSession()
    {
        await Factory.CreateParticipantAsync("ivy@test.medrec.local", "Ivy");
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync("ivy@test.medrec.local");
        var home = await browser.GetAsync("/");

        using var response = await browser.LogOutAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Html.ShouldContain("ivy@test.medrec.local");
        (await browser.GetAsync("/teams")).Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task ChangingThePasswordKeepsTheUserSignedInAndTheNewPasswordWorks()
    {
        await Factory.CreateParticipantAsync("jack@test.medrec.local", "Jack");
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync("jack@test.medrec.local");

        using var response = await browser.PostFormAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PortalFactory.Password,
            ["Input.NewPassword"] = "brand-new-secret-7",
            ["Input.ConfirmPassword"] = "brand-new-secret-7",
        });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Your password has been changed.");
        (await browser.GetAsync("/teams")).Status.ShouldBe(HttpStatusCode.OK);
        using var fresh = Browser();
        await fresh.LogInSuccessfullyAsync("jack@test.medrec.local", "brand-new-secret-7");
    }

    [Fact]
    public async Task ChangingThePasswordWithAWrongCurrentPasswordSaysSo()
    {
        await Factory.CreateParticipantAsync("kim@test.medrec.local", "Kim");
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync("kim@test.medrec.local");

        using var response = await browser.PostFormAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not-my-password-1",
            ["Input.NewPassword"] = "brand-new-secret-7",
            ["Input.ConfirmPassword"] = "brand-new-secret-7",
        });

        (await response.Content.ReadAsStringAsync()).ShouldContain("The current password is not correct.");
    }

    private static Dictionary<string, string> RegisterFields(string email, string displayName) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = displayName,
        ["Input.Password"] = PortalFactory.Password,
        ["Input.ConfirmPassword"] = PortalFactory.Password,
        ["Input.PreferredLanguage"] = "en",
    };

    private static Dictionary<string, string> Credentials(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = PortalFactory.Password,
    };
}
