using System.CommandLine;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Analysis;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// <c>medrec analyze</c>: scores several submissions on one gold and analyses them (docs/analysis.md): bootstrap
/// intervals, paired tests, significance bands, per-label figures, hardest records. Exit 0 analysed, 2 when any
/// submission is rejected (nothing is analysed), 1 usage or I/O error.
/// </summary>
internal sealed class AnalyzeCommand : CliCommand
{
    private readonly Option<Domain.Tasks.TaskKind> task = CliOptions.Task();
    private readonly Option<string> gold = CliOptions.RequiredFile("--gold", "The phase's gold: the dataset records with labels (JSON array or JSON Lines).");
    private readonly Option<string[]> submissions = new("--submission")
    {
        Description = "An entry to analyse, as NAME=FILE (repeat for every entry; names must differ).",
        Required = true,
        HelpName = "NAME=FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> candidates = CliOptions.Candidates();
    private readonly Option<int?> maxAdditionalCodes = CliOptions.MaxAdditionalCodes();
    private readonly Option<int> bootstrap = new("--bootstrap")
    {
        Description = $"Bootstrap resamples (default {AnalysisOptions.DefaultResamples:N0}, at most {AnalysisOptions.MaxResamples:N0}).",
        HelpName = "N",
        DefaultValueFactory = _ => AnalysisOptions.DefaultResamples,
    };

    private readonly Option<int> seed = new("--seed")
    {
        Description = $"Seed of the resampling (default {AnalysisOptions.DefaultSeed}); the same seed and files give the same analysis.",
        HelpName = "S",
        DefaultValueFactory = _ => AnalysisOptions.DefaultSeed,
    };

    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "analyze";

    public override string Description => "Score several submissions on one gold and analyse them: 95% bootstrap intervals, paired tests, significance bands, per-label figures (exit 0 analysed, 2 a submission rejected, 1 usage or I/O error).";

    public override void Configure(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(gold);
        command.Options.Add(submissions);
        command.Options.Add(candidates);
        command.Options.Add(maxAdditionalCodes);
        command.Options.Add(bootstrap);
        command.Options.Add(seed);
        command.Options.Add(json);
    }

    public override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var kind = parseResult.GetRequiredValue(task);
        var named = NamedFiles(parseResult.GetRequiredValue(submissions));
        var resamples = parseResult.GetValue(bootstrap);
        if (resamples < 1 || resamples > AnalysisOptions.MaxResamples)
        {
            throw new CliUsageException($"--bootstrap must be between 1 and {AnalysisOptions.MaxResamples:N0}, not {resamples}.");
        }

        var analysisOptions = AnalysisOptions.Default with { Resamples = resamples, Seed = parseResult.GetValue(seed) };
        var options = InputFiles.ScoringOptions(kind, parseResult.GetValue(maxAdditionalCodes));
        var definition = InputFiles.LoadTask(kind, parseResult.GetValue(candidates));
        var goldSet = await InputFiles.ReadGoldAsync(definition, parseResult.GetRequiredValue(gold), cancellationToken).ConfigureAwait(false);
        var asJson = parseResult.GetValue(json);

        var entries = new List<AnalysisEntry>(named.Count);
        foreach (var (name, path) in named)
        {
            ScoringOutcome outcome;
            await using (var stream = InputFiles.Open(path, $"--submission {name}="))
            {
                outcome = await SubmissionScorer.ScoreAsync(definition, goldSet, stream, options, cancellationToken).ConfigureAwait(false);
            }

            if (outcome is not ScoredSubmission scored)
            {
                // Like `medrec score`: the rejected file's errors, exit 2; the analysis needs every entry.
                await console.Out.WriteAsync(asJson
                    ? AnalysisOutput.Rejected(kind, name, outcome.Report)
                    : HumanOutput.Rejected(definition, outcome.Report, $"submission {name} ({path}) was REJECTED and not scored; nothing was analysed.")).ConfigureAwait(false);
                return ExitCodes.Rejected;
            }

            entries.Add(new AnalysisEntry(name, scored.Result));
        }

        var report = ResultsAnalyzer.Analyze(definition, entries, analysisOptions, cancellationToken: cancellationToken);
        await console.Out.WriteAsync(asJson ? AnalysisOutput.Json(kind, report) : AnalysisOutput.Human(definition, report)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    // NAME=FILE, split at the first '=' (a path may contain more); names are trimmed and must be unique.
    private static List<(string Name, string Path)> NamedFiles(string[] values)
    {
        var named = new List<(string Name, string Path)>(values.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var split = value.IndexOf('=', StringComparison.Ordinal);
            var name = split > 0 ? value[..split].Trim() : string.Empty;
            var path = split > 0 ? value[(split + 1)..] : string.Empty;
            if (name.Length == 0 || path.Length == 0)
            {
                throw new CliUsageException($"--submission '{value}' must be NAME=FILE, e.g. --submission team-a=predictions.json.");
            }

            if (!names.Add(name))
            {
                throw new CliUsageException($"--submission name '{name}' is given twice: every entry needs its own name.");
            }

            named.Add((name, path));
        }

        return named;
    }
}
