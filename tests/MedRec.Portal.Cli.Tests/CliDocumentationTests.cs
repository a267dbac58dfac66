namespace MedRec.Portal.Cli.Tests;

/// <summary>docs/cli.md is the tool's reference (and its package README): it must not fall behind the code.</summary>
public sealed class CliDocumentationTests
{
    [Fact]
    public void TheReferenceDocumentsEveryCommandAndOption()
    {
        var reference = File.ReadAllText(LocateReference());
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null), CliApplication.DefaultCommands);

        foreach (var command in root.Subcommands)
        {
            reference.ShouldContain($"### `medrec {command.Name}`");
            reference.ShouldContain($"medrec {command.Name} --task", Case.Sensitive, $"{command.Name} has no usage line");
            foreach (var option in command.Options.Where(o => o.Name != "--help"))
            {
                reference.ShouldContain($"`{option.Name}", Case.Sensitive, $"{command.Name} {option.Name} is undocumented");
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
