using System.CommandLine;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using ExportBundle = MedRec.Portal.Application.Features.Bundles.ExportBundle.ExportBundleCommand;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary><c>medrec admin export-bundle</c>: writes a task as a bundle folder (competition.yaml and its files).</summary>
internal sealed class ExportBundleCommand : AdminCommand
{
    private readonly Option<string> task = new("--task") { Description = "The task's slug.", Required = true, HelpName = "SLUG" };

    private readonly Option<string> output = new("--out") { Description = "The folder to write the bundle to (created; must be empty if it exists).", Required = true, HelpName = "DIR" };

    private readonly Option<bool> includeGold = new("--include-gold") { Description = "Also write each phase's hidden gold (audited; keep the bundle private)." };

    public override string Name => "export-bundle";

    public override string Description => "Export a task as a competition bundle: competition.yaml and the files it names (docs/bundles.md).";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(output);
        command.Options.Add(includeGold);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(context.Parse.GetRequiredValue(output));
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new CliUsageException($"{directory} is not empty; export into a new or empty folder.");
        }

        var bundle = Expect(await context.Handler<ExportBundleHandler>()
            .Handle(new ExportBundle(context.Actor, context.Parse.GetRequiredValue(task), context.Parse.GetValue(includeGold)), cancellationToken).ConfigureAwait(false));
        BundleArchive.WriteDirectory(bundle, directory);
        await context.WriteLineAsync($"Exported {bundle.Bundle.Task.Slug} ({bundle.Bundle.Phases.Count} phases, {bundle.Files.Count} files{(context.Parse.GetValue(includeGold) ? ", gold included" : "")}) to {directory}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
