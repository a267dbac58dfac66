using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Web.Localization;

namespace MedRec.Portal.Web.Tests.Localization;

/// <summary>Stored notes (why a submission did or did not count) read in both UI languages.</summary>
public sealed partial class NoteMessageTranslationTests
{
    private static readonly ResourceManager Resources =
        new("MedRec.Portal.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>Every <see cref="NoteMessage"/> the Domain and Application declare (static fields).</summary>
    public static IReadOnlyList<NoteMessage> Declared { get; } =
    [
        .. new[] { typeof(Note).Assembly, typeof(SubmissionNotes).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(NoteMessage))
            .Select(field => (NoteMessage)field.GetValue(null)!),
    ];

    [Fact]
    public void EveryNoteHasADistinctIdAndAnEnglishAndAChineseTextWithTheSamePlaceholders()
    {
        Declared.Count.ShouldBeGreaterThanOrEqualTo(4);
        Declared.GroupBy(m => m.Id).Where(g => g.Count() > 1).ShouldBeEmpty();
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        foreach (var message in Declared)
        {
            var key = NoteText.KeyOf(message.Id);
            english.ShouldContainKey(key, $"SharedResource.resx lacks {key}");
            chinese.ShouldContainKey(key, $"SharedResource.zh-CN.resx lacks {key}");
            english[key].ShouldBe(message.English, $"{key}: the English resource differs from the Application's wording");
            Placeholders(chinese[key]).ShouldBe(Placeholders(message.English), $"{key}: placeholders");
            chinese[key].ShouldNotBe(message.English, $"{key} is not translated");
        }
    }

    [Fact]
    public void ScoringFailureMailsSayTheSameChineseAsThePages()
    {
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));
        var scoringFailures = Declared.Where(m => m.Id.StartsWith("submission.scoring-", StringComparison.Ordinal)).ToList();
        scoringFailures.Count.ShouldBeGreaterThanOrEqualTo(4);
        Application.Features.Notifications.NotificationTexts.ScoringFailuresZh.Keys.Order(StringComparer.Ordinal)
            .ShouldBe(scoringFailures.Select(m => m.Id).Order(StringComparer.Ordinal), "every scoring failure has its Chinese in the mails");
        foreach (var message in scoringFailures)
        {
            Application.Features.Notifications.NotificationTexts.ScoringFailuresZh[message.Id].ShouldBe(chinese[NoteText.KeyOf(message.Id)], message.Id);
        }
    }

    [Fact]
    public void ANoteFormatsItsEnglishAndKeepsItsValues()
    {
        var note = SubmissionNotes.Counted.With(2, 5, "2025-06-01", "Asia/Shanghai");

        note.English.ShouldBe("Counted: submission 2 of 5 on 2025-06-01 (Asia/Shanghai).");
        note.MessageId.ShouldBe("submission.counted");
        note.Arguments.ShouldBe(["2", "5", "2025-06-01", "Asia/Shanghai"]);
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
