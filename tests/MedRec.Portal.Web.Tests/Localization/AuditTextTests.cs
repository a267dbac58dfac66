using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Bunit;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Web.Components.Pages.Organizer.Components.Audit;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Localization;

/// <summary>An organiser reading the audit log in Chinese reads actions, entities and fields in Chinese, not codes.</summary>
public sealed class AuditTextTests : PortalComponentTest
{
    private static readonly ResourceManager Resources =
        new("MedRec.Portal.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    // Every action the portal records: the string constants of the *AuditActions classes.
    public static TheoryData<string> Actions()
    {
        var codes = typeof(AuditActions).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("AuditActions", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return [.. codes];
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryRecordedActionHasAnEnglishAndAChineseName(string code)
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        english.ShouldContainKey("AuditAction." + code);
        chinese.ShouldContainKey("AuditAction." + code);
        chinese["AuditAction." + code].ShouldNotBe(english["AuditAction." + code]);
    }

    [Fact]
    public void TheChangesNameTheFieldsInChinese()
    {
        UseCulture("zh-CN");

        var cut = Context.Render<AuditChanges>(p => p
            .Add(x => x.BeforeJson, """{"DailyLimit": 5, "Status": "Pending"}""")
            .Add(x => x.AfterJson, """{"DailyLimit": 6, "Status": "Approved"}"""));

        var fields = cut.FindAll("[data-testid=audit-change] .portal-audit-field").Select(e => e.TextContent.Trim()).ToList();
        fields.ShouldBe(["每日上限", "状态"]);
        cut.Find("[data-testid=audit-change] .portal-audit-field").GetAttribute("title").ShouldBe("DailyLimit");
    }

    [Fact]
    public void AnActionWithoutATranslationShowsItsCode()
    {
        UseCulture("zh-CN");
        var localizer = new Microsoft.Extensions.Localization.StringLocalizer<SharedResource>(
            new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions()),
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

        AuditText.Action("board.frozen", localizer).ShouldBe("冻结排行榜");
        AuditText.Action("future.thing", localizer).ShouldBe("future.thing");
    }

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
