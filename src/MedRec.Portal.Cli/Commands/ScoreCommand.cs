using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Scoring;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec score</c>: validates a submission against a phase's gold and scores it with the portal's own scorer.
/// Exit 0 scored, 2 rejected (validation errors), 1 usage or I/O error.
/// </summary>
internal sealed class ScoreCommand()
    : SubmissionCheckCommand(
        CliOptions.RequiredFile("--gold", "The phase's gold: the dataset records with labels (JSON array or JSON Lines)."),
        "The submission file to score (the task's official format).")
{
    public override string Name => "score";

    public override string Description => "Validate a submission against a phase's gold and score it (exit 0 scored, 2 rejected, 1 usage or I/O error).";

    protected override async Task<int> CheckAsync(SubmissionCheck check, CliConsole console, CancellationToken cancellationToken)
    {
        // The gold is read on another core while this thread reads and checks the submission (docs/benchmarks.md).
        var gold = Task.Run(() => InputFiles.ReadGoldAsync(check.Definition, check.ReferencePath, cancellationToken), cancellationToken);
        Stream stream;
        try
        {
            stream = OpenSubmission(check);
        }
        catch (CliUsageException)
        {
            // A bad --gold is reported before a bad --submission, as when the two were read one after the other.
            await gold.ConfigureAwait(false);
            throw;
        }

        ScoringOutcome outcome;
        await using (stream)
        {
            outcome = await SubmissionScorer.ScoreAsync(check.Definition, gold, stream, check.Options, cancellationToken).ConfigureAwait(false);
        }

        if (outcome is ScoredSubmission scored)
        {
            await console.Out.WriteAsync(check.AsJson
                ? JsonOutput.Scored(check.Kind, scored.Result, scored.Report)
                : HumanOutput.Scored(check.Definition, scored.Result, scored.Report)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await console.Out.WriteAsync(check.AsJson
            ? JsonOutput.Rejected(check.Kind, outcome.Report)
            : HumanOutput.Rejected(check.Definition, outcome.Report, "the submission was REJECTED and not scored.")).ConfigureAwait(false);
        return ExitCodes.Rejected;
    }
}
