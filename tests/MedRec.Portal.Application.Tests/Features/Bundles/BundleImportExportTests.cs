using System.IO.Compression;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Application.Features.Bundles.ImportBundle;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Bundles;

public sealed class BundleImportExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ExportThenImportThenExportGivesTheSameBundle(DatabaseProvider provider)
    {
        await using var first = await PortalTestHost.StartAsync(provider);
        var organizer = await first.CreateUserAsync("organizer", organizer: true);
        var source = WriteBundle(first, Richer(DemoBundles.Build(TaskKind.Icd)), "source");
        var imported = (await Import(first, organizer, source, firstOpensAt: first.Clock.UtcNow.AddDays(2))).ShouldSucceed();
        imported.Problems.ShouldBeEmpty();
        imported.CreatedTaskId.ShouldNotBeNull();

        var exported = (await Export(first, organizer, "icd", includeGold: true)).ShouldSucceed();
        var once = WriteBundle(first, exported, "once");

        await using var second = await PortalTestHost.StartAsync(provider);
        var other = await second.CreateUserAsync("organizer", organizer: true);
        (await Import(second, other, once)).ShouldSucceed().CreatedTaskId.ShouldNotBeNull();
        var twice = WriteBundle(second, (await Export(second, other, "icd", includeGold: true)).ShouldSucceed(), "twice");

        Listing(twice).ShouldBe(Listing(once));
        foreach (var path in Listing(once))
        {
            File.ReadAllBytes(Path.Combine(twice, path)).ShouldBe(File.ReadAllBytes(Path.Combine(once, path)), path);
        }

        // What the round trip carries: windows moved as asked, the board options, the hidden board, the code cap, gold.
        var yaml = File.ReadAllText(Path.Combine(once, "competition.yaml"));
        yaml.ShouldContain("hideOwnScoresWhileFrozen: true");
        yaml.ShouldContain("visibility: hidden-until-released");
        yaml.ShouldContain("maxAdditionalCodes: 4");
        yaml.ShouldContain("gold: phases/A/gold/");
        yaml.ShouldContain("version: 3");
        File.ReadAllText(Path.Combine(once, "terms", "terms.en.md")).ShouldBe(RicherTermsEn + "\n");
        File.ReadAllText(Path.Combine(once, "files", "train.json")).ShouldBe(RicherTrainingData);
        yaml.ShouldContain("description: \"Labelled training records\"");
        yaml.ShouldContain("path: phases/A/files/demo-sample-submission.json");
        var phaseA = exported.Bundle.Phases[0];
        phaseA.Settings.OpensAt.ShouldBe(first.Clock.UtcNow.AddDays(2));
        phaseA.Board.FreezeAtUtc.ShouldBe(phaseA.Settings.ClosesAt.AddDays(-1));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ImportCreatesTheTaskPhasesFilesAndAuditTrailInOneGo(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var source = WriteBundle(host, DemoBundles.Build(TaskKind.CDrugRed), "source");

        var report = (await Import(host, organizer, source)).ShouldSucceed();

        report.Items.Count(i => i.What == "file").ShouldBe(7, "candidate list, and inputs, gold and sample submission of two phases");
        report.Items.ShouldContain(i => i.What == "terms" && i.Detail.StartsWith("version 1:", StringComparison.Ordinal));
        await using var db = await host.OpenAsync();
        var task = await db.Tasks.Include(t => t.Phases).SingleAsync(Ct);
        task.Slug.ShouldBe("cdrugred");
        task.IsPublished.ShouldBeTrue();
        task.CandidateListDatasetId.ShouldNotBeNull();
        task.Phases.Select(p => p.Code).Order().ShouldBe(["A", "B"]);
        task.Phases.ShouldAllBe(p => p.InputsDatasetId != null && p.GoldDatasetId != null);
        (await db.GoldDatasets.CountAsync(Ct)).ShouldBe(2);
        (await db.AuditEvents.Select(e => e.Action).ToListAsync(Ct)).Order().ShouldBe(
            new[] { "bundle.imported", "dataset.uploaded", "dataset.uploaded", "dataset.uploaded", "dataset.extra-added", "dataset.extra-added", "gold.uploaded", "gold.uploaded", "phase.created", "phase.created", "task.created", "terms.published" }.Order());
        var samples = await db.Datasets.Where(d => d.Kind == Domain.Datasets.DatasetKind.Extra).ToListAsync(Ct);
        samples.Select(d => d.PhaseId).Order().ShouldBe(task.Phases.Select(p => (Guid?)p.Id).Order());
        samples.ShouldAllBe(d => d.OriginalFileName == "demo-sample-submission.json" && d.Description!.Contains("Sample submission"));
        var terms = await db.TermsVersions.SingleAsync(Ct);
        (terms.Number, terms.TextZh, terms.TextEn).ShouldBe((1, StandardTerms.Zh, StandardTerms.En));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ReportsEveryProblemWithItsPathLineAndColumnAndCreatesNothing(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var bundle = DemoBundles.Build(TaskKind.CDrugRed);
        var yaml = bundle.Yaml
            .Replace("  slug: cdrugred\n", "  slug: CDrugRed!\n  colour: red\n", StringComparison.Ordinal)
            .Replace("daily: 5", "daily: 0", StringComparison.Ordinal)
            .Replace("total: 100", "total: lots", StringComparison.Ordinal)
            .Replace("closes: 2025-10-30T00:00:00Z", "closes: 2025-09-15T00:00:00Z", StringComparison.Ordinal)
            .Replace("phases/B/inputs/", "phases/B/missing/", StringComparison.Ordinal);
        var source = WriteBundle(host, bundle with { Yaml = yaml }, "broken");

        var report = (await Import(host, organizer, source)).ShouldSucceed();

        var lines = yaml.Split('\n');
        int LineOf(string text) => LineIn(yaml, text);
        report.IsValid.ShouldBeFalse();
        report.CreatedTaskId.ShouldBeNull();
        var byPath = report.Problems.ToLookup(p => p.Path);
        byPath["task.colour"].ShouldHaveSingleItem().Line.ShouldBe(LineOf("colour: red"));
        byPath["task.colour"].Single().Column.ShouldBe(3);
        byPath["task.colour"].Single().Error.MessageId.ShouldBe(BundleErrors.UnknownKey.Id);
        var total = byPath["phases[0].limits.total"].ShouldHaveSingleItem();
        total.Line.ShouldBe(LineOf("total: lots"));
        total.Column.ShouldBe(lines[total.Line - 1].IndexOf("lots", StringComparison.Ordinal) + 1);
        total.ToString().ShouldStartWith($"competition.yaml:{total.Line}:{total.Column} phases[0].limits.total: \"lots\" is not a whole number");

        // The shape was wrong, so the domain checks did not run yet; fix the shape and they report the rest.
        var shaped = yaml.Replace("  colour: red\n", "", StringComparison.Ordinal).Replace("total: lots", "total: 100", StringComparison.Ordinal);
        var second = (await Import(host, organizer, WriteBundle(host, bundle with { Yaml = shaped }, "broken2"))).ShouldSucceed();
        var paths = second.Problems.Select(p => p.Path).ToList();
        paths.ShouldContain("task.slug");
        paths.ShouldContain("phases[0].limits.daily");
        paths.ShouldContain("phases[1].closes");
        paths.ShouldContain("phases[1].inputs");
        second.Problems.Single(p => p.Path == "phases[0].limits.daily").Line.ShouldBe(LineIn(shaped, "daily: 0"));
        second.Problems.Single(p => p.Path == "phases[1].inputs").Error.Message.ShouldContain("phases/B/missing/");
        second.Problems.ShouldAllBe(p => p.Line > 0 && p.Column > 0);

        await using var db = await host.OpenAsync();
        (await db.Tasks.CountAsync(Ct)).ShouldBe(0);
        (await db.Datasets.CountAsync(Ct)).ShouldBe(0);
        (await db.GoldDatasets.CountAsync(Ct)).ShouldBe(0);
        (await db.AuditEvents.CountAsync(Ct)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheBundlesTermsAreTheTasksTermsAndItsExtraFilesAreOnTheDataTab(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        (await Import(host, organizer, WriteBundle(host, Richer(DemoBundles.Build(TaskKind.Icd)), "source"), firstOpensAt: host.Clock.UtcNow.AddDays(2))).ShouldSucceed().CreatedTaskId.ShouldNotBeNull();

        var detail = (await host.Send(new GetTaskDetailQuery(organizer, "icd"), Ct)).ShouldSucceed();
        detail.Terms.ShouldNotBeNull();
        (detail.Terms.Number, detail.Terms.TextZh, detail.Terms.TextEn).ShouldBe((3, "## 数据许可（第 3 版）\n\n仅限本评测使用。", RicherTermsEn), "BOM and surrounding blank lines dropped");
        var phaseA = detail.Phases.Single(p => p.Code == "A").Id;
        detail.ExtraFiles!.Select(f => (f.File.OriginalFileName, f.Description, f.PhaseId)).ToList().ShouldBe(
        [
            ("demo-sample-submission.json", detail.ExtraFiles!.First(f => f.PhaseId == phaseA).Description, phaseA),
            ("demo-sample-submission.json", detail.ExtraFiles!.First(f => f.PhaseId != phaseA && f.PhaseId != null).Description, detail.Phases.Single(p => p.Code == "B").Id),
            ("train.json", "Labelled training records", null),
        ], ignoreOrder: true, "the two phases' sample files share a name, so only the set is fixed");
        await using var db = await host.OpenAsync();
        var published = await db.AuditEvents.SingleAsync(e => e.Action == TermsAuditActions.Published, Ct);
        published.ActorUserId.ShouldBe(organizer.UserId);
    }

    [Fact]
    public async Task TermsAndExtraFileProblemsAreReportedWhereTheyAre()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var bundle = Richer(DemoBundles.Build(TaskKind.Icd));
        var yaml = bundle.Yaml
            .Replace("    version: 3\n", "    version: 0\n", StringComparison.Ordinal)
            .Replace("description: \"Labelled training records\"", "description: \"  \"", StringComparison.Ordinal)
            .Replace("path: phases/B/files/demo-sample-submission.json", "path: phases/B/files/none.json", StringComparison.Ordinal);
        var files = bundle.Files.Select(f => f.Path == BundleTerms.ZhPath ? f with { Content = [0xC3, 0x28, 0x41] } : f).ToList();
        var source = WriteBundle(host, bundle with { Yaml = yaml, Files = files }, "broken");

        var report = (await Import(host, organizer, source, firstOpensAt: host.Clock.UtcNow.AddDays(2))).ShouldSucceed();

        report.CreatedTaskId.ShouldBeNull();
        var byPath = report.Problems.ToDictionary(p => p.Path);
        byPath.Keys.Order(StringComparer.Ordinal).ShouldBe(["phases[1].files[0].path", "task.files[0].description", "task.terms.version", "task.terms.zh"]);
        byPath["task.terms.version"].Line.ShouldBe(LineIn(yaml, "version: 0"));
        byPath["task.terms.zh"].Error.MessageId.ShouldBe(BundleErrors.TermsNotText.Id);
        byPath["task.terms.zh"].Line.ShouldBe(LineIn(yaml, "zh: terms/terms.zh.md"));
        byPath["task.files[0].description"].Line.ShouldBe(LineIn(yaml, "description: \"  \""));
        byPath["phases[1].files[0].path"].Error.Message.ShouldContain("phases/B/files/none.json");

        // "terms" with no text at all is refused (leave "terms" out for the standard terms).
        var noText = bundle.Yaml.Replace("    zh: terms/terms.zh.md\n    en: terms/terms.en.md\n", "", StringComparison.Ordinal);
        var second = (await Import(host, organizer, WriteBundle(host, bundle with { Yaml = noText }, "no-text"), firstOpensAt: host.Clock.UtcNow.AddDays(2))).ShouldSucceed();
        second.Problems.ShouldHaveSingleItem().Error.MessageId.ShouldBe(BundleErrors.TermsTextRequired.Id);
        second.Problems[0].Line.ShouldBe(LineIn(noText, "    version: 3"), "a mapping starts at its first key");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task DryRunReportsWithoutCreatingAndSlugOverrideMakesACopy(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var source = WriteBundle(host, DemoBundles.Build(TaskKind.Icd), "source");

        var dry = (await Import(host, organizer, source, dryRun: true)).ShouldSucceed();
        dry.IsValid.ShouldBeTrue();
        dry.CreatedTaskId.ShouldBeNull();
        dry.Items.ShouldContain(i => i.Path == "phases[1]" && i.Detail.StartsWith("B ", StringComparison.Ordinal));
        await using (var db = await host.OpenAsync())
        {
            (await db.Tasks.CountAsync(Ct)).ShouldBe(0);
        }

        (await Import(host, organizer, source)).ShouldSucceed().CreatedTaskId.ShouldNotBeNull();
        var again = (await Import(host, organizer, source)).ShouldSucceed();
        again.Problems.ShouldHaveSingleItem().Path.ShouldBe("task.slug");
        again.Problems[0].Error.MessageId.ShouldBe(PhaseErrors.SlugTaken.Id);
        (await Import(host, organizer, source, slug: "icd-2026")).ShouldSucceed().CreatedTaskId.ShouldNotBeNull();

        await using var check = await host.OpenAsync();
        (await check.Tasks.Select(t => t.Slug).OrderBy(s => s).ToListAsync(Ct)).ShouldBe(["icd", "icd-2026"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCanNeitherImportNorExport(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var participant = await host.CreateUserAsync("participant");
        var source = WriteBundle(host, DemoBundles.Build(TaskKind.Icd), "source");
        (await Import(host, organizer, source)).ShouldSucceed();

        (await Import(host, participant, source, slug: "icd-copy")).ShouldFailWith(ErrorCodes.Forbidden);
        (await Export(host, participant, "icd", includeGold: true)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task ExportLeavesGoldOutUnlessAskedAndAZipWithATopFolderImports()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        (await Import(host, organizer, WriteBundle(host, DemoBundles.Build(TaskKind.CDrugRed), "source"))).ShouldSucceed();

        var withoutGold = (await Export(host, organizer, "cdrugred", includeGold: false)).ShouldSucceed();
        withoutGold.Files.ShouldNotContain(f => f.Path.Contains("/gold/", StringComparison.Ordinal));
        withoutGold.Yaml.ShouldNotContain("gold:");

        // A zip made by zipping the folder: every entry under "cdrugred-bundle/".
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in withoutGold.Files.Select(f => (f.Path, f.Content)).Append(("competition.yaml", System.Text.Encoding.UTF8.GetBytes(withoutGold.Yaml))))
            {
                using var entry = archive.CreateEntry("cdrugred-bundle/" + path).Open();
                entry.Write(content);
            }
        }

        zip.Position = 0;
        var files = BundleFiles.FromZip(zip).ShouldSucceed();
        var report = (await host.Send(new ImportBundleCommand(organizer, files, Slug: "cdrugred-copy"), Ct)).ShouldSucceed();
        report.Problems.ShouldBeEmpty();
        await using var db = await host.OpenAsync();
        (await db.Audit().CountAsync(e => e.Action == BundleAuditActions.Exported, Ct)).ShouldBe(1);
    }

    [Fact]
    public void AZipBombIsRefusedBeforeItIsUnpacked()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("competition.yaml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < (BundleFiles.MaxUnpackedBytes / zeros.Length) + 1; i++)
            {
                entry.Write(zeros);
            }
        }

        zip.Position = 0;
        BundleFiles.FromZip(zip).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("larger than");
    }

    private const string RicherTermsEn = "## Data licence (version 3)\n\nFor this evaluation only.";

    private const string RicherTrainingData = "[{\"病案标识\": \"T1\", \"主要诊断编码\": \"I10.x00x002\"}]\n";

    private static int LineIn(string yaml, string text) => Array.FindIndex(yaml.Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static ExportedBundle Richer(ExportedBundle bundle)
    {
        var phases = bundle.Bundle.Phases.Select((p, i) => i == 0
            ? p with { Settings = p.Settings with { MaxAdditionalCodes = 4, DailyLimit = 3 }, Board = new BundleBoard(p.Settings.ClosesAt.AddDays(-1), true, false) }
            : p with { Settings = p.Settings with { BoardVisibility = BoardVisibility.HiddenUntilReleased, Representative = RepresentativeSubmission.Selected, SelectionLimit = 2 } }).ToList();
        var task = bundle.Bundle.Task with
        {
            Terms = new BundleTerms(3, BundleTerms.ZhPath, BundleTerms.EnPath),
            Files = [new BundleExtraFile("files/train.json", "Labelled training records")],
        };
        var richer = bundle.Bundle with { Task = task, Phases = phases };
        var files = bundle.Files.Where(f => !f.Path.StartsWith("terms/", StringComparison.Ordinal)).Concat(
        [
            new ExportedBundleFile(BundleTerms.ZhPath, System.Text.Encoding.UTF8.GetBytes("## 数据许可（第 3 版）\n\n仅限本评测使用。\n")),
            new ExportedBundleFile(BundleTerms.EnPath, System.Text.Encoding.UTF8.GetBytes("\uFEFF" + RicherTermsEn + "\n\n")),
            new ExportedBundleFile("files/train.json", System.Text.Encoding.UTF8.GetBytes(RicherTrainingData)),
        ]).ToList();
        return bundle with { Bundle = richer, Yaml = BundleYamlWriter.Write(richer), Files = files };
    }

    private static string WriteBundle(PortalTestHost host, ExportedBundle bundle, string name)
    {
        var directory = Path.Combine(host.ScratchDirectory, name);
        BundleArchive.WriteDirectory(bundle, directory);
        return directory;
    }

    private static List<string> Listing(string directory) =>
        [.. Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal)];

    private static Task<Result<BundleImportReport>> Import(PortalTestHost host, Actor actor, string directory, bool dryRun = false, string? slug = null, DateTime? firstOpensAt = null) =>
        host.Send(new ImportBundleCommand(actor, BundleFiles.FromDirectory(directory), slug, dryRun, firstOpensAt), Ct).AsTask();

    private static Task<Result<ExportedBundle>> Export(PortalTestHost host, Actor actor, string slug, bool includeGold) =>
        host.Send(new ExportBundleCommand(actor, slug, includeGold), Ct).AsTask();
}

internal static class AuditQueries
{
    public static IQueryable<Domain.Audit.AuditEvent> Audit(this PortalDbContext db) => db.AuditEvents;
}
