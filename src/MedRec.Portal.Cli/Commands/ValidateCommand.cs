using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Scoring;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec validate</c>: checks a submission against a phase's inputs by every rule of docs/scoring-rules.md, without
/// gold (what participants can run before uploading). Exit 0 valid, 2 rejected, 1 usage or I/O error.
/// </summary>
internal sealed class ValidateCommand()
    : SubmissionCheckCommand(
        CliOptions.RequiredFile("--inputs", "The phase's input records (JSON array or JSON Lines); only their identifiers are used."),
        "The submission file to check (the task's official format).")
{
    public override string Name => "validate";

    public override string Description => "Check a submission against a phase's inputs without gold (exit 0 valid, 2 rejected, 1 usage or I/O error).";

    protected override async Task<int> CheckAsync(SubmissionCheck check, CliConsole console, CancellationToken cancellationToken)
    {
        var ids = await InputFiles.ReadInputIdsAsync(check.Definition, check.ReferencePath, cancellationToken).ConfigureAwait(false);

        Scoring.Submissions.ValidationReport report;
        await using (var stream = OpenSubmission(check))
        {
            report = await SubmissionValidator.ValidateAsync(check.Definition, ids, stream, check.Options, cancellationToken).ConfigureAwait(false);
        }

        if (report.IsValid)
        {
            await console.Out.WriteAsync(check.AsJson ? JsonOutput.Valid(check.Kind, report) : HumanOutput.Valid(check.Definition, report)).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await console.Out.WriteAsync(check.AsJson
            ? JsonOutput.Rejected(check.Kind, report, valid: false)
            : HumanOutput.Rejected(check.Definition, report, "the submission is INVALID: it would be rejected.")).ConfigureAwait(false);
        return ExitCodes.Rejected;
    }
}
