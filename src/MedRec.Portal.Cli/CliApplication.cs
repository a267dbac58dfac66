using System.CommandLine;
using System.CommandLine.Help;
using MedRec.Portal.Cli.Commands;
using MedRec.Portal.Scoring.Datasets;

namespace MedRec.Portal.Cli;

/// <summary>
/// The <c>medrec</c> command line: parses arguments, runs one command and returns its exit code. Writers are passed
/// in so tests run it in-process and read what it printed.
/// </summary>
internal static class CliApplication
{
    /// <summary>The commands of the released tool, in help order.</summary>
    public static IReadOnlyList<CliCommand> DefaultCommands => AllCommands.List;

    /// <summary>
    /// The commands a run with <paramref name="args"/> needs: for <c>medrec score …</c> and <c>medrec validate …</c>
    /// only that command, so a scoring run does not construct (and jit the option types of) the seventeen others;
    /// anything else (no command, <c>--help</c>, a group, a typo) gets them all. A top-level command parses, helps
    /// and fails alike with or without its siblings (CliApplicationTests checks this).
    /// </summary>
    internal static IReadOnlyList<CliCommand> CommandsFor(string[] args) => args.FirstOrDefault() switch
    {
        "score" => [new ScoreCommand()],
        "validate" => [new ValidateCommand()],
        _ => DefaultCommands,
    };

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        return RunAsync(args, stdout, stderr, CommandsFor(args), cancellationToken);
    }

    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, IEnumerable<CliCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var console = new CliConsole(stdout, stderr);
        var root = BuildRoot(console, commands);
        var parseResult = root.Parse(args);

        // Help wins over missing options, as users expect from `medrec score --help`.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
        {
            var command = parseResult.CommandResult.Command;
            var helpHint = command is RootCommand ? "medrec --help" : $"medrec {PathOf(parseResult.CommandResult)} --help";
            await stderr.WriteLineAsync(
                $"error: {OneLine(string.Join(" ", parseResult.Errors.Select(e => e.Message)))} (usage: {helpHint})").ConfigureAwait(false);
            return ExitCodes.UsageOrIoError;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    internal static RootCommand BuildRoot(CliConsole console, IEnumerable<CliCommand> commands)
    {
        var root = new RootCommand("medrec: offline scorer, validator and demo-data generator for MedRec.Portal competitions, scripted submission to a portal, and portal administration.");
        var groups = new Dictionary<CliCommandGroup, Command>();
        foreach (var definition in commands)
        {
            var command = new Command(definition.Name, definition.Description);
            definition.Configure(command);
            command.SetAction((parseResult, cancellationToken) => ExecuteAsync(definition, parseResult, console, cancellationToken));
            if (definition.Group is { } group)
            {
                if (!groups.TryGetValue(group, out var parent))
                {
                    parent = new Command(group.Name, group.Description);
                    groups.Add(group, parent);
                    root.Subcommands.Add(parent);
                }

                parent.Subcommands.Add(command);
            }
            else
            {
                root.Subcommands.Add(command);
            }
        }

        return root;
    }

    // Built on first use only: CommandsFor does not need them for a scoring run.
    private static class AllCommands
    {
        public static readonly IReadOnlyList<CliCommand> List = [new ScoreCommand(), new AnalyzeCommand(), new ValidateCommand(), new SubmitCommand(), new DemoDataCommand(), new CreateOrganizerCommand(),
            new Commands.Admin.ExportBundleCommand(), new Commands.Admin.ImportBundleCommand(),
            new Commands.Admin.ListTasksCommand(), new Commands.Admin.ListPhasesCommand(), new Commands.Admin.ListTeamsCommand(), new Commands.Admin.ListRegistrationsCommand(),
            new Commands.Admin.DecideRegistrationCommand(approve: true), new Commands.Admin.DecideRegistrationCommand(approve: false), new Commands.Admin.UploadCommand(),
            new Commands.Admin.BoardCommand(freeze: true), new Commands.Admin.BoardCommand(freeze: false), new Commands.Admin.ExportResultsCommand(), new Commands.Admin.CreateTokenCommand()];
    }

    // "admin create-organizer" for a nested command, so help hints name the words the user must type.
    private static string PathOf(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null && current.Command is not RootCommand; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, current.Command.Name);
        }

        return string.Join(" ", names);
    }

    private static async Task<int> ExecuteAsync(CliCommand command, ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteAsync(parseResult, console, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Describe(exception) is { } reason)
        {
            await console.Error.WriteLineAsync("error: " + OneLine(reason)).ConfigureAwait(false);
            return ExitCodes.UsageOrIoError;
        }
    }

    private static string OneLine(string text) => string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Expected failures become a one-line reason; anything else is a bug and keeps its stack trace.
    private static string? Describe(Exception exception) => exception switch
    {
        CliUsageException usage => usage.Message,
        DatasetFormatException dataset => dataset.Message,
        FileNotFoundException missing => $"file not found: {missing.FileName ?? missing.Message}",
        DirectoryNotFoundException directory => directory.Message,
        UnauthorizedAccessException denied => denied.Message,
        IOException io => io.Message,
        _ => null,
    };
}
