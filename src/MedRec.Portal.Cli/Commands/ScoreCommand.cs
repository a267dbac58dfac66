using System.CommandLine;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Scoring;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec score</c>: validates a submission against a phase's gold and scores it with the portal's own scorer.
/// Exit 0 scored, 2 rejected (validation errors), 1 usage or I/O error.
/// </summary>
internal sealed class ScoreCommand : CliCommand
{
    private readonly Option<Domain.Tasks.TaskKind> task = CliOptions.Task();
    private readonly Option<string> gold = CliOptions.RequiredFile("--gold", "The phase's gold: the dataset records with labels (JSON array or JSON Lines).");
    private readonly Option<string> submission = CliOptions.RequiredFile("--submission", "The submission file to score (the task's official format).");
    private readonly Option<string?> candidates = CliOptions.Candidates();
    private readonly Option<int?> maxAdditionalCodes = CliOptions.MaxAdditionalCodes();
    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "score";

    public override string Description => "Validate a submission against a phase's gold and score it (exit 0 scored, 2 rejected, 1 usage or I/O error).";

    public override void Configure(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(gold);
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
        var goldSet = await InputFiles.ReadGoldAsync(definition, parseResult.GetRequiredValue(gold), cancellationToken).ConfigureAwait(false);

        ScoringOutcome outcome;
        await using (var stream = InputFiles.Open(parseResult.GetRequiredValue(submission), "--submission"))
        {
            outcome = await SubmissionScorer.ScoreAsync(definition, goldSet, stream, options, cancellationToken).ConfigureAwait(false);
        }

        var asJson = parseResult.GetValue(json);
        switch (outcome)
        {
            case ScoredSubmission scored:
                await console.Out.WriteAsync(asJson
                    ? JsonOutput.Scored(kind, scored.Result, scored.Report)
                    : HumanOutput.Scored(definition, scored.Result, scored.Report)).ConfigureAwait(false);
                return ExitCodes.Success;
            default:
                await console.Out.WriteAsync(asJson
                    ? JsonOutput.Rejected(kind, outcome.Report)
                    : HumanOutput.Rejected(definition, outcome.Report, "the submission was REJECTED and not scored.")).ConfigureAwait(false);
                return ExitCodes.Rejected;
        }
    }
}
