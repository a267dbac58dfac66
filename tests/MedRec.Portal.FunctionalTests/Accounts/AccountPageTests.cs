using System.Net;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Accounts;

public sealed class AccountPageTests : SqlitePortalTest
{
    [Fact]
    public async Task RegisteringCreatesAParticipantAndSignsThemIn()
    {
        using var browser = Browser();

        using var response = await browser.PostFormAsync("/Account/Register", RegisterFields("dora@test.medrec.local", "Dora"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var home = await browser.GetAsync("/");
        home.Html.ShouldContain("dora@test.medrec.local");
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync("dora@test.medrec.local");
        user.ShouldNotBeNull();
        user.DisplayName.ShouldBe("Dora");
        (await users.IsInRoleAsync(user, "Participant")).ShouldBeTrue();
        (await users.IsInRoleAsync(user, "Organizer")).ShouldBeFalse();
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
