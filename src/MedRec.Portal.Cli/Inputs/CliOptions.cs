using System.CommandLine;
using System.CommandLine.Parsing;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Cli.Inputs;

/// <summary>Factories for the options several commands share, so each reads and fails the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary>The task names the command line accepts, as users type them.</summary>
    public static IReadOnlyDictionary<string, TaskKind> TaskNames { get; } =
        new Dictionary<string, TaskKind>(StringComparer.OrdinalIgnoreCase) { ["cdrugred"] = TaskKind.CDrugRed, ["icd"] = TaskKind.Icd };

    public static string NameOf(TaskKind task) => TaskNames.First(pair => pair.Value == task).Key;

    public static Option<TaskKind> Task() => new("--task")
    {
        Description = "The task: cdrugred or icd.",
        Required = true,
        HelpName = "cdrugred|icd",
        CustomParser = ParseTask,
    };

    public static Option<string> RequiredFile(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        HelpName = "FILE",
    };

    public static Option<string?> Candidates() => new("--candidates")
    {
        Description = "CDrugRed only, required there: the phase's candidate drug list (a JSON array of names).",
        HelpName = "FILE",
    };

    public static Option<int?> MaxAdditionalCodes() => new("--max-additional-codes")
    {
        Description = "ICD only: reject records that predict more than N additional codes (the phase setting MaxAdditionalCodes; default: no limit, the official rule).",
        HelpName = "N",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print exactly one JSON object on stdout instead of the readable summary.",
    };

    /// <summary>The database overrides of every command that opens the portal's database.</summary>
    public static Option<string?> Provider() => new("--provider")
    {
        Description = "Overrides Database:Provider: Sqlite, SqlServer or Postgres.",
        HelpName = "PROVIDER",
    };

    /// <inheritdoc cref="Provider"/>
    public static Option<string?> Connection() => new("--connection")
    {
        Description = "Overrides ConnectionStrings:Portal.",
        HelpName = "CONNECTION-STRING",
    };

    private static TaskKind ParseTask(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TaskNames.TryGetValue(token.Trim(), out var task))
        {
            return task;
        }

        result.AddError($"Unknown task '{token}' for --task: use one of {string.Join(", ", TaskNames.Keys)}.");
        return default;
    }
}
