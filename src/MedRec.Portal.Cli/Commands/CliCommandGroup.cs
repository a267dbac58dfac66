namespace MedRec.Portal.Cli.Commands;

/// <summary>A parent command that only groups sub-commands (e.g. <c>medrec admin</c>); it has no action of its own.</summary>
/// <param name="Name">The group's word on the command line.</param>
/// <param name="Description">One sentence for <c>medrec --help</c>.</param>
internal sealed record CliCommandGroup(string Name, string Description)
{
    /// <summary>Commands that change the portal's database.</summary>
    public static CliCommandGroup Admin { get; } = new("admin", "Administer a portal database (runs against the database the portal is configured with).");
}
