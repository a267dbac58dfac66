using System.CommandLine;
using System.Globalization;
using MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary><c>medrec admin approve-registration</c> / <c>deny-registration</c>: the console's decision, audited the same way.</summary>
internal sealed class DecideRegistrationCommand(bool approve) : AdminCommand
{
    private readonly Option<Guid> id = new("--id") { Description = "The registration's id (from list-registrations).", Required = true, HelpName = "ID" };

    private readonly Option<string?> reason = new("--reason") { Description = approve ? "An optional note to the team." : "Why the registration is denied (shown to the team).", Required = !approve, HelpName = "TEXT" };

    public override string Name => approve ? "approve-registration" : "deny-registration";

    public override string Description => approve ? "Approve a team's registration for a task." : "Deny a team's registration for a task, with the reason the team sees.";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(id);
        command.Options.Add(reason);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var registration = context.Parse.GetRequiredValue(id);
        Expect(await context.Handler<DecideRegistrationHandler>()
            .Handle(new Application.Features.Registrations.DecideRegistration.DecideRegistrationCommand(context.Actor, registration, approve, context.Parse.GetValue(reason)), cancellationToken).ConfigureAwait(false));
        await context.WriteLineAsync($"{(approve ? "Approved" : "Denied")} registration {registration}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin upload</c>: a phase's inputs or gold, or the task's candidate list, checked as on the console.</summary>
internal sealed class UploadCommand : AdminCommand
{
    private static readonly Dictionary<string, DatasetFileKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inputs"] = DatasetFileKind.Inputs,
        ["gold"] = DatasetFileKind.Gold,
        ["candidates"] = DatasetFileKind.CandidateList,
    };

    private readonly Option<string> task = AdminTargets.Task();

    private readonly Option<string?> phase = new("--phase") { Description = "The phase's code; required for inputs and gold.", HelpName = "CODE" };

    private readonly Option<string> kind = new("--kind") { Description = "What the file is: inputs, gold or candidates.", Required = true, HelpName = "inputs|gold|candidates" };

    private readonly Option<string> file = new("--file") { Description = "The file to upload.", Required = true, HelpName = "FILE" };

    public override string Name => "upload";

    public override string Description => "Upload a phase's inputs or gold, or the task's candidate list (checked with the scorer's readers, as on the console).";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(phase);
        command.Options.Add(kind);
        command.Options.Add(file);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(context.Parse.GetRequiredValue(kind), out var fileKind))
        {
            throw new CliUsageException($"unknown --kind \"{context.Parse.GetRequiredValue(kind)}\": use inputs, gold or candidates.");
        }

        var slug = context.Parse.GetRequiredValue(task);
        var detail = await AdminTargets.TaskAsync(context, slug, cancellationToken).ConfigureAwait(false);
        Guid? phaseId = null;
        if (fileKind != DatasetFileKind.CandidateList)
        {
            var code = context.Parse.GetValue(phase) ?? throw new CliUsageException("--phase CODE is required for inputs and gold.");
            phaseId = (await AdminTargets.PhaseAsync(context, slug, code, cancellationToken).ConfigureAwait(false)).Phase.Id;
        }

        var path = context.Parse.GetRequiredValue(file);
        var uploaded = Expect(await context.Handler<UploadDatasetHandler>()
            .Handle(new UploadDatasetCommand(context.Actor, detail.Id, phaseId, fileKind, Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false));
        await context.WriteLineAsync($"Uploaded {uploaded.FileName}: {uploaded.RecordCount} records, SHA-256 {uploaded.Sha256}.").ConfigureAwait(false);
        foreach (var warning in uploaded.Warnings)
        {
            await context.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin freeze</c> / <c>release</c>: freeze a phase's board now, or release it (hidden or frozen) to participants.</summary>
internal sealed class BoardCommand(bool freeze) : AdminCommand
{
    private readonly Option<string> task = AdminTargets.Task();

    private readonly Option<string> phase = AdminTargets.Phase();

    public override string Name => freeze ? "freeze" : "release";

    public override string Description => freeze
        ? "Freeze a phase's board now: participants see a snapshot of this instant until it is released."
        : "Release a phase's board: a hidden board becomes visible and a freeze ends (participants see the live board).";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(phase);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var (detail, target) = await AdminTargets.PhaseAsync(context, context.Parse.GetRequiredValue(task), context.Parse.GetRequiredValue(phase), cancellationToken).ConfigureAwait(false);
        if (freeze)
        {
            var snapshot = Expect(await context.Handler<FreezeBoardHandler>().Handle(new FreezeBoardCommand(context.Actor, target.Id), cancellationToken).ConfigureAwait(false));
            await context.WriteLineAsync($"Froze the board of {detail.Slug} phase {target.Code} (snapshot {snapshot}).").ConfigureAwait(false);
        }
        else
        {
            Expect(await context.Handler<ReleaseBoardHandler>().Handle(new ReleaseBoardCommand(context.Actor, target.Id), cancellationToken).ConfigureAwait(false));
            await context.WriteLineAsync($"Released the board of {detail.Slug} phase {target.Code}.").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin export-results</c>: the console's results export (Excel workbook or .zip of CSVs) to a file.</summary>
internal sealed class ExportResultsCommand : AdminCommand
{
    private readonly Option<string> task = AdminTargets.Task();

    private readonly Option<string> format = new("--format") { Description = "xlsx (one workbook, the default) or csv (a .zip of CSV files).", HelpName = "xlsx|csv", DefaultValueFactory = _ => "xlsx" };

    private readonly Option<string> output = new("--out") { Description = "The file to write.", Required = true, HelpName = "FILE" };

    private readonly Option<string> language = new("--language") { Description = "Column headers and sheet names in zh-CN (the default) or en.", HelpName = "zh-CN|en", DefaultValueFactory = _ => "zh-CN" };

    public override string Name => "export-results";

    public override string Description => "Export a task's boards, submissions, quota ledger and audit log as an Excel workbook or a .zip of CSV files.";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(language);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var chosen = context.Parse.GetRequiredValue(format).ToLowerInvariant() switch
        {
            "xlsx" => ExportFormat.Xlsx,
            "csv" => ExportFormat.CsvZip,
            var other => throw new CliUsageException($"unknown --format \"{other}\": use xlsx or csv."),
        };
        var detail = await AdminTargets.TaskAsync(context, context.Parse.GetRequiredValue(task), cancellationToken).ConfigureAwait(false);
        var file = Expect(await context.Handler<ExportResultsHandler>()
            .Handle(new Application.Features.Exports.ExportResults.ExportResultsCommand(context.Actor, detail.Id, chosen, context.Parse.GetRequiredValue(language)), cancellationToken).ConfigureAwait(false));
        var path = Path.GetFullPath(context.Parse.GetRequiredValue(output));
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
        await context.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({file.Content.Length} bytes, {file.ContentType}).")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin create-token</c>: a personal API token for the organiser named by --as (shown once).</summary>
internal sealed class CreateTokenCommand : AdminCommand
{
    private readonly Option<string> name = new("--name") { Description = "What the token is for (shown in Profile → API tokens).", Required = true, HelpName = "NAME" };

    private readonly Option<DateTime?> expires = new("--expires") { Description = "When it stops working (UTC, e.g. 2026-07-01T00:00:00Z); default: never.", HelpName = "INSTANT" };

    public override string Name => "create-token";

    public override string Description => "Create a personal API token for the organiser (the secret is printed once; the portal keeps only its hash).";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(name);
        command.Options.Add(expires);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var expiresAt = context.Parse.GetValue(expires) is { } at ? DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc) : (DateTime?)null;
        var created = Expect(await context.Handler<CreateApiTokenHandler>().Handle(new CreateApiTokenCommand(context.Actor, context.Parse.GetRequiredValue(name), expiresAt), cancellationToken).ConfigureAwait(false));
        await context.WriteLineAsync(created.Secret).ConfigureAwait(false);
        await context.Console.Error.WriteLineAsync($"Created token \"{created.Token.Name}\" (id {created.Token.Id}); the secret above is shown once.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
