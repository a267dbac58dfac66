using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Tests.Commands.Admin;

public sealed class BundleCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportThenExportThenImportElsewhereThenExportGivesTheSameFiles(DatabaseProvider provider)
    {
        await using var first = await AdminSession.StartAsync(provider);
        var source = Path.Combine(first.Scratch, "source");
        BundleArchive.WriteDirectory(DemoBundles.Build(TaskKind.CDrugRed), source);

        var dry = await first.RunAsync("import-bundle", source, "--dry-run");
        dry.ExitCode.ShouldBe(0, dry.Out + dry.Error);
        dry.Out.ShouldContain("--dry-run created nothing");
        dry.Out.ShouldContain("phases[1].gold");
        (await TaskSlugsAsync(first)).ShouldBeEmpty();

        var imported = await first.RunAsync("import-bundle", source);
        imported.ExitCode.ShouldBe(0, imported.Out + imported.Error);
        imported.Out.ShouldContain("Created task cdrugred");
        var once = Path.Combine(first.Scratch, "once");
        var exported = await first.RunAsync("export-bundle", "--task", "cdrugred", "--out", once, "--include-gold");
        exported.ExitCode.ShouldBe(0, exported.Error);
        exported.Out.ShouldContain("2 phases, 9 files, gold included", customMessage: "candidates, 2 inputs, 2 gold, 2 terms texts, 2 sample submissions");

        await using var second = await AdminSession.StartAsync(provider);
        (await second.RunAsync("import-bundle", once)).ExitCode.ShouldBe(0);
        var twice = Path.Combine(second.Scratch, "twice");
        (await second.RunAsync("export-bundle", "--task", "cdrugred", "--out", twice, "--include-gold")).ExitCode.ShouldBe(0);

        var files = Listing(once);
        Listing(twice).ShouldBe(files);
        files.ShouldContain("competition.yaml");
        files.ShouldContain(Path.Combine("terms", "terms.zh.md"));
        files.ShouldContain(Path.Combine("phases", "A", "files", "demo-sample-submission.json"));
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(twice, file)).ShouldBe(File.ReadAllBytes(Path.Combine(once, file)), file);
        }
    }

    [Fact]
    public async Task ABrokenBundleListsEveryProblemWithLineAndColumnAndExitsTwo()
    {
        await using var session = await AdminSession.StartAsync(DatabaseProvider.Sqlite);
        var bundle = DemoBundles.Build(TaskKind.Icd);
        var yaml = bundle.Yaml.Replace("daily: 5", "daily: five", StringComparison.Ordinal).Replace("  kind: icd\n", "  kind: icd\n  prize: 1000\n", StringComparison.Ordinal);
        var source = Path.Combine(session.Scratch, "broken");
        BundleArchive.WriteDirectory(bundle with { Yaml = yaml }, source);

        var run = await session.RunAsync("import-bundle", source);

        run.ExitCode.ShouldBe(2);
        var lines = yaml.Split('\n');
        var prize = Array.FindIndex(lines, l => l.Contains("prize", StringComparison.Ordinal)) + 1;
        run.Out.ShouldContain($"competition.yaml:{prize}:3 task.prize: Unknown key \"prize\"");
        var daily = Array.FindIndex(lines, l => l.Contains("daily: five", StringComparison.Ordinal)) + 1;
        run.Out.ShouldContain($"competition.yaml:{daily}:12 phases[0].limits.daily: \"five\" is not a whole number.");
        run.Out.ShouldContain("nothing was created");
        (await TaskSlugsAsync(session)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AZipImportsUnderANewSlugAndOnlyOrganisersMayRunIt()
    {
        await using var session = await AdminSession.StartAsync(DatabaseProvider.Sqlite);
        var zip = Path.Combine(session.Scratch, "icd.zip");
        await File.WriteAllBytesAsync(zip, BundleArchive.ToZip(DemoBundles.Build(TaskKind.Icd)), Ct);

        var run = await session.RunAsync("import-bundle", zip, "--slug", "icd-2026");

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        (await TaskSlugsAsync(session)).ShouldBe(["icd-2026"]);
        var stranger = await CliRun.RunAsync(["admin", "import-bundle", zip, "--as", "nobody@example.org", .. session.Database.Options]);
        stranger.ShouldBeUsageError("no account with email nobody@example.org");
        var full = await session.RunAsync("export-bundle", "--task", "icd-2026", "--out", session.Scratch);
        full.ShouldBeUsageError("is not empty");
    }

    private static async Task<List<string>> TaskSlugsAsync(AdminSession session)
    {
        await using var portal = session.Database.Open();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        return await db.Tasks.Select(t => t.Slug).ToListAsync(Ct);
    }

    private static List<string> Listing(string directory) =>
        [.. Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal)];
}
