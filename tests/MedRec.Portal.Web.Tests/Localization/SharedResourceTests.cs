using System.Collections;
using System.Globalization;
using System.Resources;
using MedRec.Portal.Web.Localization;

namespace MedRec.Portal.Web.Tests.Localization;

public sealed class SharedResourceTests
{
    private static readonly ResourceManager Resources =
        new("MedRec.Portal.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    [Fact]
    public void EveryEnglishStringHasAChineseTranslation()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        english.Keys.Except(chinese.Keys).ShouldBeEmpty("strings missing from SharedResource.zh-CN.resx");
        chinese.Keys.Except(english.Keys).ShouldBeEmpty("strings only in SharedResource.zh-CN.resx");
        chinese.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key).ShouldBeEmpty();
    }

    [Fact]
    public void TranslationsKeepTheirPlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        foreach (var (key, value) in english)
        {
            for (var index = 0; index < 4; index++)
            {
                var placeholder = $"{{{index}}}";
                chinese[key].Contains(placeholder, StringComparison.Ordinal)
                    .ShouldBe(value.Contains(placeholder, StringComparison.Ordinal), $"{key} placeholder {placeholder}");
            }
        }
    }

    // Names that stay in Latin letters in a Chinese paper too; anything else equal in both files is untranslated.
    private static readonly string[] SameInBothLanguages =
        ["Data.Checksum", "Baselines.ProviderName.Cpu", "Submissions.Metric.jaccard", "Submissions.Metric.f1", "Submissions.Metric.acc"];

    [Fact]
    public void NoEnglishWordIsLeftUntranslatedInChinese()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        english.Where(pair => chinese[pair.Key] == pair.Value && pair.Value.Any(char.IsLetter))
            .Select(pair => pair.Key)
            .Except(SameInBothLanguages)
            .ShouldBeEmpty("these zh-CN strings are still the English text");
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("ZH-cn", "zh-CN")]
    [InlineData("en", "en")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void AcceptsOnlyTheLanguagesThePortalSpeaks(string? requested, string? expected) =>
        PortalCultures.Normalize(requested).ShouldBe(expected);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        // Not disposed: the ResourceManager caches and shares the set between tests.
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
