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
    public async Task ASignedInUsersChoiceIsStoredAndAppliedAtTheirNextSignIn()
    {
        await Factory.CreateParticipantAsync("lin@test.medrec.local", "Lin");
        using (var first = Browser())
        {
            await first.LogInSuccessfullyAsync("lin@test.medrec.local");
            (await first.GetAsync("/culture?culture=zh-CN&redirectUri=%2F")).Status.ShouldBe(HttpStatusCode.Redirect);
        }

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("lin@test.medrec.local");
            user!.PreferredLanguage.ShouldBe("zh-CN");
        }

        using var elsewhere = Browser();
        await elsewhere.LogInSuccessfullyAsync("lin@test.medrec.local");
        (await elsewhere.GetAsync("/")).Html.ShouldContain("临床 NLP 评测任务");
    }
}
