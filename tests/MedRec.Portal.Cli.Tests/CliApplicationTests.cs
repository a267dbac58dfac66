namespace MedRec.Portal.Cli.Tests;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task NoCommandIsAUsageError()
    {
        var run = await CliRun.RunAsync();

        run.ShouldBeUsageError("medrec --help");
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageError()
    {
        var run = await CliRun.RunAsync("rank", "--task", "icd");

        run.ShouldBeUsageError("rank");
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageError()
    {
        var run = await CliRun.RunAsync("validate", "--task", "icd", "--inputs", "a.json", "--submission", "b.json", "--verbose");

        run.ShouldBeUsageError("--verbose");
    }

    [Fact]
    public async Task HelpListsEveryCommandAndExitsZero()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(0);
        foreach (var command in CliApplication.DefaultCommands)
        {
            // A grouped command shows up in its group's help; the root help lists the group.
            run.Out.ShouldContain(command.Group?.Name ?? command.Name);
            if (command.Group is { } group)
            {
                var groupHelp = await CliRun.RunAsync(group.Name, "--help");
                groupHelp.ExitCode.ShouldBe(0);
                groupHelp.Out.ShouldContain(command.Name);
            }
        }
    }

    [Fact]
    public async Task CommandHelpWinsOverMissingRequiredOptions()
    {
        var run = await CliRun.RunAsync("score", "--help");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("--max-additional-codes");
        run.Out.ShouldContain("--candidates");
    }

    [Theory]
    [InlineData("score", "--help")]
    [InlineData("score")]
    [InlineData("score", "--task", "icd", "--gold", "missing-gold.json", "--submission", "missing.json")]
    [InlineData("score", "--task", "icd", "--gold", "g.json", "--submission", "s.json", "--verbose")]
    [InlineData("score", "--task", "rank", "--gold", "g.json", "--submission", "s.json")]
    [InlineData("score", "validate")]
    [InlineData("validate", "--help")]
    [InlineData("validate", "--task", "icd", "--inputs", "a.json")]
    [InlineData("validate", "--task", "icd", "--inputs", "a.json", "--submission", "b.json", "--json")]
    public async Task ARunOfOneCommandBehavesTheSameWithoutTheOtherCommands(params string[] args)
    {
        // CommandsFor builds only the named command for score and validate (start-up time); nothing a user sees may change.
        CliApplication.CommandsFor(args).Count.ShouldBe(1);
        var alone = await RunWith(args, CliApplication.CommandsFor(args));
        var all = await RunWith(args, CliApplication.DefaultCommands);

        alone.ShouldBe(all);
    }

    private static async Task<CliRun> RunWith(string[] args, IReadOnlyList<MedRec.Portal.Cli.Commands.CliCommand> commands)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, stdout, stderr, commands, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
