using System.CommandLine;
using MedRec.Portal.Application.Features.Bundles;
using MedRec.Portal.Application.Features.Bundles.ImportBundle;
using ImportBundle = MedRec.Portal.Application.Features.Bundles.ImportBundle.ImportBundleCommand;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary>
/// <c>medrec admin import-bundle</c>: checks a bundle folder or .zip and creates the competition it describes, or
/// lists every problem (<c>competition.yaml:LINE:COLUMN path: message</c>) and creates nothing (exit code 2).
/// </summary>
internal sealed class ImportBundleCommand : AdminCommand
{
    private readonly Argument<string> bundle = new("BUNDLE") { Description = "The bundle folder, or a .zip of it." };

    private readonly Option<string?> slug = new("--slug") { Description = "Create the task under this slug instead of the bundle's (a copy).", HelpName = "SLUG" };

    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Check and report what would be created; create nothing." };

    public override string Name => "import-bundle";

    public override string Description => "Create a competition from a bundle folder or .zip, after checking all of it (docs/bundles.md).";

    protected override void ConfigureOptions(Command command)
    {
        command.Arguments.Add(bundle);
        command.Options.Add(slug);
        command.Options.Add(dryRun);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var path = context.Parse.GetRequiredValue(bundle);
        BundleFiles files;
        if (File.Exists(path))
        {
            await using var zip = File.OpenRead(path);
            files = Expect(BundleFiles.FromZip(zip));
        }
        else
        {
            files = BundleFiles.FromDirectory(path);
        }

        var dry = context.Parse.GetValue(dryRun);
        var report = Expect(await context.Handler<ImportBundleHandler>()
            .Handle(new ImportBundle(context.Actor, files, context.Parse.GetValue(slug), dry), cancellationToken).ConfigureAwait(false));
        if (!report.IsValid)
        {
            foreach (var problem in report.Problems)
            {
                await context.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            await context.WriteLineAsync($"{report.Problems.Count} problem(s); nothing was created.").ConfigureAwait(false);
            return ExitCodes.Rejected;
        }

        foreach (var item in report.Items)
        {
            await context.WriteLineAsync($"{item.What,-6} {item.Path}: {item.Detail}").ConfigureAwait(false);
        }

        await context.WriteLineAsync(dry
            ? $"The bundle is valid; --dry-run created nothing (task {report.Slug})."
            : $"Created task {report.Slug} (id {report.CreatedTaskId}).").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
