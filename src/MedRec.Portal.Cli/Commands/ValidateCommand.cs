using System.CommandLine;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Scoring;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec validate</c>: checks a submission against a phase's inputs by every rule of docs/scoring-rules.md, without
/// gold (what participants can run before uploading). Exit 0 valid, 2 rejected, 1 usage or I/O error.
/// </summary>
internal sealed class ValidateCommand : CliCommand
{
    private readonly Option<Domain.Tasks.TaskKind> task = CliOptions.Task();
    private readonly Option<string> inputs = CliOptions.RequiredFile("--inputs", "The phase's input records (JSON array or JSON Lines); only their identifiers are used.");
    private readonly Option<string> submission = CliOptions.RequiredFile("--submission", "The submission file to check (the task's official format).");
    private readonly Option<string?> candidates = CliOptions.Candidates();
    private readonly Option<int?> maxAdditionalCodes = CliOptions.MaxAdditionalCodes();
    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "validate";

    public override string Description => "Check a submission against a phase's inputs without gold (exit 0 valid, 2 rejected, 1 usage or I/O error).";

    public override void Configure(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(inputs);
        command.Options.Add(submission);
        command.Options.Add(candidates);
        command.Options.Add(maxAdditionalCodes);
        command.Options.Add(json);
    }

    public override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var kind = parseResult.GetRequiredValue(task);
        var options = InputFiles.ScoringOptions(kind, parseResult.GetValue(maxAdditionalCodes));
        var definition = InputFiles.LoadTask(kind, parseResult.GetValue(candidates));
        var ids = await InputFiles.ReadInputIdsAsync(definition, parseResult.GetRequiredValue(inputs), cancellationToken).ConfigureAwait(false);

        Scoring.Submissions.ValidationReport report;
        await using (var stream = InputFiles.Open(parseResult.GetRequiredValue(submission), "--submission"))
        {
            report = await SubmissionValidator.ValidateAsync(definition, ids, stream, options, cancellationToken).ConfigureAwait(false);
        }

        var asJson = parseResult.GetValue(json);
        if (report.IsValid)
        {
            await console.Out.WriteAsync(asJson ? JsonOutput.Valid(kind, report) : HumanOutput.Valid(definition, report)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await console.Out.WriteAsync(asJson
            ? JsonOutput.Rejected(kind, report, valid: false)
            : HumanOutput.Rejected(definition, report, "the submission is INVALID: it would be rejected.")).ConfigureAwait(false);
        return ExitCodes.Rejected;
    }
}
