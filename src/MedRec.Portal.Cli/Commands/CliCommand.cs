using System.CommandLine;

namespace MedRec.Portal.Cli.Commands;

/// <summary>
/// One <c>medrec</c> sub-command. <see cref="CliApplication"/> builds the command, registers its options through
/// <see cref="Configure"/> and runs <see cref="ExecuteAsync"/> with failures mapped to exit codes; adding a command is
/// adding a subclass to <see cref="CliApplication.DefaultCommands"/>.
/// </summary>
internal abstract class CliCommand
{
    /// <summary>The sub-command's name, e.g. <c>score</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The command group it sits under (<c>admin</c> for <c>medrec admin create-organizer</c>), or null for a
    /// top-level command. Commands of the same group share one parent command.
    /// </summary>
    public virtual CliCommandGroup? Group => null;

    /// <summary>The words after <c>medrec</c> that run it, e.g. <c>admin create-organizer</c>.</summary>
    public string CommandPath => Group is null ? Name : $"{Group.Name} {Name}";

    /// <summary>One sentence for <c>--help</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Adds the command's options and arguments.</summary>
    public abstract void Configure(Command command);

    /// <summary>Does the work; returns an exit code from <see cref="ExitCodes"/>. Throws <see cref="CliUsageException"/> for usage and input problems.</summary>
    public abstract Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken);
}
