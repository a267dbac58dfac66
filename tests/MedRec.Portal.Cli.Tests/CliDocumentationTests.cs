namespace MedRec.Portal.Cli.Tests;

/// <summary>docs/cli.md is the tool's reference (and its package README): it must not fall behind the code.</summary>
public sealed class CliDocumentationTests
{
    [Fact]
    public void TheReferenceDocumentsEveryCommandAndOption()
    {
        var reference = File.ReadAllText(LocateReference());
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null), CliApplication.DefaultCommands);

        var commands = Leaves(root).ToList();
        commands.Count.ShouldBe(CliApplication.DefaultCommands.Count, "every command is reachable from the root");
        foreach (var (path, command) in commands)
        {
            reference.ShouldContain($"### `medrec {path}`");
            var options = command.Options.Where(o => o.Name != "--help").ToList();
            var first = command.Arguments.Count > 0 ? command.Arguments[0].Name : options[0].Name;
            reference.ShouldContain($"medrec {path} {first}", Case.Sensitive, $"{path} has no usage line");
            foreach (var option in options)
            {
                reference.ShouldContain($"`{option.Name}", Case.Sensitive, $"{path} {option.Name} is undocumented");
            }
        }

        foreach (var group in root.Subcommands.Where(c => c.Subcommands.Count > 0))
        {
            reference.ShouldContain($"`medrec {group.Name}", Case.Sensitive, $"group {group.Name} is undocumented");
        }
    }

    // The commands that run something, with the words that reach them ("admin create-organizer"); groups only nest.
    private static IEnumerable<(string Path, System.CommandLine.Command Command)> Leaves(System.CommandLine.Command parent, string prefix = "")
    {
        foreach (var command in parent.Subcommands)
        {
            var path = prefix + command.Name;
            if (command.Subcommands.Count == 0)
            {
                yield return (path, command);
            }
            else
            {
                foreach (var leaf in Leaves(command, path + " "))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static string LocateReference()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "cli.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/cli.md not found above the test binaries.");
    }
}
