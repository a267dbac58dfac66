using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Bunit;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Localization;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Localization;

public sealed partial class ErrorMessageTranslationTests : PortalComponentTest
{
    private static readonly ResourceManager Resources =
        new("MedRec.Portal.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>Every <see cref="ErrorMessage"/> the Domain and Application declare (public static readonly fields).</summary>
    public static IReadOnlyList<ErrorMessage> Declared { get; } =
    [
        .. new[] { typeof(Error).Assembly, typeof(SubmissionErrors).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(ErrorMessage))
            .Select(field => (ErrorMessage)field.GetValue(null)!),
    ];

    [Fact]
    public void TheApplicationDeclaresItsErrorMessagesWithDistinctIds()
    {
        Declared.Count.ShouldBeGreaterThan(80);
        Declared.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("message ids used twice");
    }

    [Fact]
    public void EveryErrorMessageHasAnEnglishAndAChineseTranslationWithTheSamePlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        foreach (var message in Declared)
        {
            var key = ErrorText.KeyOf(message.Id);
            english.ShouldContainKey(key, $"SharedResource.resx lacks {key}");
            chinese.ShouldContainKey(key, $"SharedResource.zh-CN.resx lacks {key}");
            english[key].ShouldBe(message.English, $"{key}: the English resource differs from the Application's wording");
            Placeholders(chinese[key]).ShouldBe(Placeholders(message.English), $"{key}: placeholders");
            chinese[key].ShouldNotBe(message.English, $"{key} is not translated");
        }
    }

    [Fact]
    public void TheErrorListShowsASubmissionRefusalInChineseToChineseReaders()
    {
        UseCulture("zh-CN");
        var error = SubmissionErrors.DailyUsed.ForField("Quota", 3, "2025-06-10", "Asia/Shanghai", "2025-06-10 16:00 UTC (2025-06-11 00:00 Asia/Shanghai)");

        var cut = Context.Render<ErrorList>(parameters => parameters.Add(p => p.Errors, [error]));

        cut.Find("[data-testid=error-list]").TextContent.Trim()
            .ShouldBe("已达每日上限：您的队伍已用完 2025-06-10（按 Asia/Shanghai 日历日）的全部 3 次提交。配额将于 2025-06-10 16:00 UTC (2025-06-11 00:00 Asia/Shanghai) 重置。");
    }

    [Fact]
    public void TheErrorListShowsATakenTeamNameInEnglishToEnglishReaders()
    {
        var error = TeamRuleErrors.NameTaken.With("Team <Alice>");

        var cut = Context.Render<ErrorList>(parameters => parameters.Add(p => p.Errors, [error]));

        cut.Find("[data-testid=error-list]").TextContent.Trim().ShouldBe("A team named \"Team <Alice>\" already exists in this task; choose another name.");
        cut.Markup.ShouldContain("&lt;Alice&gt;");
    }

    [Fact]
    public void AnErrorWithoutAMessageIdKeepsItsOwnText()
    {
        UseCulture("zh-CN");

        var cut = Context.Render<ErrorList>(parameters => parameters.Add(p => p.Errors, [Error.Validation("File", "文件大小为 30 MiB，最大允许 20 MiB。")]));

        cut.Find("[data-testid=error-list]").TextContent.Trim().ShouldBe("文件大小为 30 MiB，最大允许 20 MiB。");
    }

    [Fact]
    public void AMessageFormatsItsEnglishTextAndKeepsItsArguments()
    {
        var error = SubmissionErrors.SelectionLimit.With(2, 2);

        error.Message.ShouldBe("Your team has already selected 2 of the 2 submission(s) allowed; unselect one first.");
        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.MessageId.ShouldBe("submission.selection-limit");
        error.Arguments.ShouldBe(["2", "2"]);
    }

    private static int[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
