using System.Text;
using MedRec.Portal.Application.Features.Bundles;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary>
/// The demo competitions as bundles (Seeding/DemoBundles/{cdrugred,icd}, copied beside the assemblies): the demo seed
/// imports them through the organisers' own import, and <see cref="Build"/> is how their files were made (synthetic
/// data from <see cref="DemoDataGenerator"/>; a test fails when the shipped folders drift from it).
/// </summary>
public static class DemoBundles
{
    /// <summary>Records per demo phase: enough for a meaningful leaderboard, small enough to seed in a second.</summary>
    public const int RecordsPerPhase = 60;

    /// <summary>Phase A's data options; the demo teams' synthetic predictions are made from the same gold.</summary>
    public static DemoDataOptions PhaseAData { get; } = new() { Records = RecordsPerPhase, TrainRecords = 0, Seed = 2025 };

    /// <summary>The nominal first opening in the shipped files; the seed moves every window so phase A opened a week ago.</summary>
    public static DateTime NominalOpening { get; } = new(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Slug(TaskKind kind) => kind == TaskKind.CDrugRed ? "cdrugred" : "icd";

    /// <summary>The shipped bundle folder of the task's demo competition.</summary>
    public static string Directory(TaskKind kind) => Path.Combine(AppContext.BaseDirectory, "Seeding", "DemoBundles", Slug(kind));

    /// <summary>
    /// The demo competition: titles marked 演示 / Demo, phase A 37 days long and phase B a week after it, each with
    /// synthetic inputs and gold, and CDrugRed's candidate list.
    /// </summary>
    public static ExportedBundle Build(TaskKind kind)
    {
        var standard = StandardTaskTexts.For(kind);
        var texts = standard with
        {
            TitleZh = $"{standard.TitleZh}（演示）",
            TitleEn = $"{standard.TitleEn} (Demo)",
            DescriptionZh = $"**演示数据**：本任务的数据由程序合成，仅供试用门户。\n\n{standard.DescriptionZh}",
            DescriptionEn = $"**Demo data**: this task's data is synthetic, generated for trying the portal.\n\n{standard.DescriptionEn}",
        };
        var files = new List<ExportedBundleFile>();
        var dataA = DemoDataGenerator.Generate(kind, PhaseAData);
        var dataB = DemoDataGenerator.Generate(kind, new DemoDataOptions { Records = RecordsPerPhase, TrainRecords = 0, Seed = 2026 });
        string? candidates = null;
        if (dataA.Has(DemoFileRole.Candidates))
        {
            candidates = Add(files, "candidates", dataA[DemoFileRole.Candidates]);
        }

        var phases = new[]
        {
            Phase("A", "A 阶段（演示）", "Phase A (demo)", NominalOpening, NominalOpening.AddDays(37), dataA, files),
            Phase("B", "B 阶段（演示）", "Phase B (demo)", NominalOpening.AddDays(44), NominalOpening.AddDays(59), dataB, files),
        };
        // The standard terms, carried as the bundle's own files so organisers see where their licence goes.
        files.Add(new ExportedBundleFile(BundleTerms.ZhPath, Encoding.UTF8.GetBytes(StandardTerms.Zh + "\n")));
        files.Add(new ExportedBundleFile(BundleTerms.EnPath, Encoding.UTF8.GetBytes(StandardTerms.En + "\n")));
        var bundle = new CompetitionBundle(
            new BundleTask(Slug(kind), kind, Published: true, texts, new BundleTerms(1, BundleTerms.ZhPath, BundleTerms.EnPath), LeaderboardMetrics.For(kind).RankingKeys, candidates, []),
            phases);
        return new ExportedBundle(bundle, BundleYamlWriter.Write(bundle), files);
    }

    private static BundlePhase Phase(string code, string nameZh, string nameEn, DateTime opens, DateTime closes, DemoDataset data, List<ExportedBundleFile> files)
    {
        // No MaxAdditionalCodes, unlike a new ICD phase in the phase editor (PhaseSettings.DefaultMaxAdditionalCodes):
        // synthetic demo records carry up to 12 additional codes (the official data at most 7), and a cap of 7 would
        // reject the demo teams' honest files.
        var settings = new PhaseSettings { Code = code, NameZh = nameZh, NameEn = nameEn, OpensAt = opens, ClosesAt = closes };
        var inputs = Add(files, $"phases/{code}/inputs", data[DemoFileRole.Inputs]);
        var gold = Add(files, $"phases/{code}/gold", data[DemoFileRole.Gold]);
        var sample = Add(files, $"phases/{code}/files", data[DemoFileRole.SampleSubmission]);
        var extras = new[] { new BundleExtraFile(sample, SampleDescription) };
        return new BundlePhase(settings, BundleBoard.Default, inputs, gold, extras);
    }

    private const string SampleDescription =
        "样例提交：格式正确、预测并不完美的示例文件，可直接上传试用。 / Sample submission: a well-formed, imperfect prediction file in the official format; upload it to try the portal.";

    private static string Add(List<ExportedBundleFile> files, string folder, DemoDataFile file)
    {
        var path = $"{folder}/demo-{file.FileName}";
        files.Add(new ExportedBundleFile(path, file.Content.ToArray()));
        return path;
    }
}
