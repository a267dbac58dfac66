using System.Net;
using MedRec.Portal.FunctionalTests.Infrastructure;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Localization;

public sealed class LanguageTests : SqlitePortalTest
{
    [Fact]
    public async Task EnglishIsTheDefaultLanguage()
    {
        using var browser = Browser();

        var home = await browser.GetAsync("/");

        home.Html.ShouldContain("<html lang=\"en\"");
        home.Html.ShouldContain("Clinical NLP shared tasks");
    }

    [Fact]
    public async Task ABrowserAskingForChineseGetsChinese()
    {
        using var browser = Browser();
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var home = await browser.GetAsync("/");

        home.Html.ShouldContain("临床 NLP 评测任务");
    }

    [Fact]
    public async Task TheLanguageSwitchRemembersTheChoiceAndGoesBack()
    {
        using var browser = Browser();

        var switched = await browser.GetAsync("/culture?culture=zh-CN&redirectUri=%2Fteams%2Fjoin");
        var home = await browser.GetAsync("/");

        switched.Status.ShouldBe(HttpStatusCode.Redirect);
        switched.Location!.ToString().ShouldBe("/teams/join");
        home.Html.ShouldContain("<html lang=\"zh-CN\"");
        home.Html.ShouldContain("临床 NLP 评测任务");
    }

    [Fact]
    public async Task TheLanguageSwitchRefusesUnknownLanguagesAndForeignRedirects()
    {
        using var browser = Browser();

        var unknown = await browser.GetAsync("/culture?culture=fr&redirectUri=%2F");
        var foreign = await browser.GetAsync("/culture?culture=en&redirectUri=https%3A%2F%2Fevil.example");

        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Html.ShouldContain("Unknown language 'fr'. Use one of: en, zh-CN.");
        foreign.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task SigningInKeepsTheLanguageTheVisitorWasReadingInsteadOfTheSavedOne()
    {
        await Factory.CreateParticipantAsync("lin@test.medrec.local", "Lin");
        await SetSavedLanguageAsync("lin@test.medrec.local", "zh-CN");
        using var browser = Browser();

        await browser.LogInSuccessfullyAsync("lin@test.medrec.local");
        var home = await browser.GetAsync("/");

        home.Html.ShouldContain("<html lang=\"en\"");
        home.Html.ShouldContain("Clinical NLP shared tasks");
        (await SavedLanguageAsync("lin@test.medrec.local")).ShouldBe("zh-CN");
    }

    [Fact]
    public async Task ViewingInAnotherLanguageDoesNotRewriteTheSavedOne()
    {
        await Factory.CreateParticipantAsync("lin@test.medrec.local", "Lin");
        await SetSavedLanguageAsync("lin@test.medrec.local", "en");
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync("lin@test.medrec.local");

        // The top bar's switch, and a browser asking for Chinese: both only change what this browser shows.
        (await browser.GetAsync("/culture?culture=zh-CN&redirectUri=%2F")).Status.ShouldBe(HttpStatusCode.Redirect);
        var home = await browser.GetAsync("/");

        home.Html.ShouldContain("临床 NLP 评测任务");
        (await SavedLanguageAsync("lin@test.medrec.local")).ShouldBe("en");
    }

    [Fact]
    public async Task ChoosingALanguageOnTheProfileSavesItAndShowsIt()
    {
        await Factory.CreateParticipantAsync("lin@test.medrec.local", "Lin");
        await SetSavedLanguageAsync("lin@test.medrec.local", "en");
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync("lin@test.medrec.local");

        (await browser.GetAsync("/culture?culture=zh-CN&save=true&redirectUri=%2Fprofile")).Status.ShouldBe(HttpStatusCode.Redirect);

        (await SavedLanguageAsync("lin@test.medrec.local")).ShouldBe("zh-CN");
        (await browser.GetAsync("/")).Html.ShouldContain("临床 NLP 评测任务");
        var profile = await browser.GetAsync("/profile");
        profile.Html.ShouldContain("culture?culture=zh-CN&amp;save=true");
    }

    [Fact]
    public async Task AnUnknownTaskIsA404PageInTheReadersLanguage()
    {
        using var browser = Browser();
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = await browser.GetAsync("/tasks/no-such-task?tab=leaderboard");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Html.ShouldContain("<html lang=\"zh-CN\"");
    }

    private async Task SetSavedLanguageAsync(string email, string language)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        user!.PreferredLanguage = language;
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
    }

    private async Task<string> SavedLanguageAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        return user!.PreferredLanguage;
    }
}
