using Bunit;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Web.Tests.Components.Shared;

public sealed class LanguageSwitchTests : PortalComponentTest
{
    [Fact]
    public void OffersChineseToAnEnglishReaderAndComesBackToTheSamePage()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("tasks/cdrugred?tab=data");

        var cut = Context.Render<LanguageSwitch>();

        var link = cut.Find("[data-testid=language-switch]");
        link.TextContent.Trim().ShouldBe("中文");
        link.GetAttribute("href").ShouldBe("culture?culture=zh-CN&redirectUri=%2Ftasks%2Fcdrugred%3Ftab%3Ddata");
    }

    [Fact]
    public void OffersEnglishToAChineseReader()
    {
        UseCulture("zh-CN");

        var cut = Context.Render<LanguageSwitch>();

        var link = cut.Find("[data-testid=language-switch]");
        link.TextContent.Trim().ShouldBe("English");
        link.GetAttribute("href")!.ShouldStartWith("culture?culture=en&");
    }
}
