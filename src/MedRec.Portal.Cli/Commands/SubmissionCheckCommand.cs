using System.CommandLine;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// What <c>medrec score</c> and <c>medrec validate</c> have in common: the same options (task, a reference file, the
/// submission, candidate list, additional-code cap, <c>--json</c>) and the same set-up before the check itself, so
/// the two commands cannot drift apart in how they read their inputs.
/// </summary>
internal abstract class SubmissionCheckCommand : CliCommand
{
    private readonly Option<TaskKind> task = CliOptions.Task();
    private readonly Option<string> reference;
    private readonly Option<string> submission;
    private readonly Option<string?> candidates = CliOptions.Candidates();
    private readonly Option<int?> maxAdditionalCodes = CliOptions.MaxAdditionalCodes();
    private readonly Option<bool> json = CliOptions.Json();

    /// <param name="reference">The file the submission is checked against: <c>--gold</c> or <c>--inputs</c>.</param>
    /// <param name="submissionHelp">The <c>--submission</c> help text, saying what the command does with it.</param>
    protected SubmissionCheckCommand(Option<string> reference, string submissionHelp)
    {
        this.reference = reference;
        submission = CliOptions.RequiredFile("--submission", submissionHelp);
    }

    public sealed override void Configure(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(reference);
        command.Options.Add(submission);
        command.Options.Add(candidates);
        command.Options.Add(maxAdditionalCodes);
        command.Options.Add(json);
    }

    public sealed override Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var kind = parseResult.GetRequiredValue(task);
        var options = InputFiles.ScoringOptions(kind, parseResult.GetValue(maxAdditionalCodes));
        var definition = InputFiles.LoadTask(kind, parseResult.GetValue(candidates));
        var check = new SubmissionCheck(
            kind,
            definition,
            options,
            parseResult.GetRequiredValue(reference),
            parseResult.GetRequiredValue(submission),
            parseResult.GetValue(json));
        return CheckAsync(check, console, cancellationToken);
    }

    /// <summary>Reads the reference file, checks the submission and writes the outcome; returns the exit code.</summary>
    protected abstract Task<int> CheckAsync(SubmissionCheck check, CliConsole console, CancellationToken cancellationToken);

    /// <summary>Opens the submission file (mapped: the scorer reads it in place), with the option's name in the error when it cannot be read.</summary>
    protected static Stream OpenSubmission(SubmissionCheck check) => MappedInputFile.Open(check.SubmissionPath, "--submission");
}

/// <summary>The parsed command line of a score or validate run.</summary>
internal sealed record SubmissionCheck(
    TaskKind Kind,
    TaskDefinition Definition,
    ScoringOptions Options,
    string ReferencePath,
    string SubmissionPath,
    bool AsJson);
