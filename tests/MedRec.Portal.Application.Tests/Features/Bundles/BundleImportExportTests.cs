using System.IO.Compression;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Application.Features.Bundles.ImportBundle;
using MedRec.Portal.Application.Features.Bundles.Yaml;
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

        report.Items.Count(i => i.What == "file").ShouldBe(5, "candidate list, and inputs and gold of two phases");
        await using var db = await host.OpenAsync();
        var task = await db.Tasks.Include(t => t.Phases).SingleAsync(Ct);
        task.Slug.ShouldBe("cdrugred");
        task.IsPublished.ShouldBeTrue();
        task.CandidateListDatasetId.ShouldNotBeNull();
        task.Phases.Select(p => p.Code).Order().ShouldBe(["A", "B"]);
        task.Phases.ShouldAllBe(p => p.InputsDatasetId != null && p.GoldDatasetId != null);
        (await db.GoldDatasets.CountAsync(Ct)).ShouldBe(2);
        (await db.AuditEvents.Select(e => e.Action).ToListAsync(Ct)).Order().ShouldBe(
            new[] { "bundle.imported", "dataset.uploaded", "dataset.uploaded", "dataset.uploaded", "gold.uploaded", "gold.uploaded", "phase.created", "phase.created", "task.created" }.Order());
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

    private static int LineIn(string yaml, string text) => Array.FindIndex(yaml.Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static ExportedBundle Richer(ExportedBundle bundle)
    {
        var phases = bundle.Bundle.Phases.Select((p, i) => i == 0
            ? p with { Settings = p.Settings with { MaxAdditionalCodes = 4, DailyLimit = 3 }, Board = new BundleBoard(p.Settings.ClosesAt.AddDays(-1), true, false) }
            : p with { Settings = p.Settings with { BoardVisibility = BoardVisibility.HiddenUntilReleased, Representative = RepresentativeSubmission.Selected, SelectionLimit = 2 } }).ToList();
        var richer = bundle.Bundle with { Phases = phases };
        return bundle with { Bundle = richer, Yaml = BundleYamlWriter.Write(richer) };
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
