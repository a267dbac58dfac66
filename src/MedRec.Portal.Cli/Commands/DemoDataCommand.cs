using System.CommandLine;
using System.Globalization;
using System.Text;
using MedRec.Portal.Cli.Inputs;
using MedRec.Portal.Cli.Output;
using MedRec.Portal.DemoData;

namespace MedRec.Portal.Cli.Commands;

/// <summary><c>medrec demo-data</c>: writes a task's synthetic demo data (train, inputs, gold, sample submission…) into a folder.</summary>
internal sealed class DemoDataCommand : CliCommand
{
    private readonly Option<Domain.Tasks.TaskKind> task = CliOptions.Task();

    private readonly Option<string> output = new("--out")
    {
        Description = "The folder to write into (created if missing; files of the same names are overwritten).",
        Required = true,
        HelpName = "DIR",
    };

    private readonly Option<int> records = new("--records")
    {
        Description = "Number of phase input records N (default 100); training gets 4×N unless --train-records is given.",
        HelpName = "N",
        DefaultValueFactory = _ => 100,
    };

    private readonly Option<int?> trainRecords = new("--train-records")
    {
        Description = "Number of labelled training records (default 4×N).",
        HelpName = "N",
    };

    private readonly Option<int> seed = new("--seed")
    {
        Description = "Random seed (default 2025); the same seed and counts always write identical files.",
        HelpName = "S",
        DefaultValueFactory = _ => 2025,
    };

    private readonly Option<bool> json = CliOptions.Json();

    public override string Name => "demo-data";

    public override string Description => "Write synthetic demo data for a task in the official file formats (never real data).";

    public override void Configure(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(output);
        command.Options.Add(records);
        command.Options.Add(trainRecords);
        command.Options.Add(seed);
        command.Options.Add(json);
    }

    public override async Task<int> ExecuteAsync(ParseResult parseResult, CliConsole console, CancellationToken cancellationToken)
    {
        var kind = parseResult.GetRequiredValue(task);
        var options = new DemoDataOptions
        {
            Records = parseResult.GetValue(records),
            TrainRecords = parseResult.GetValue(trainRecords),
            Seed = parseResult.GetValue(seed),
        };
        if (options.Records is < 1 or > DemoDataOptions.MaxRecords)
        {
            throw new CliUsageException($"--records must be between 1 and {DemoDataOptions.MaxRecords}, not {options.Records}.");
        }

        if (options.TrainRecords is < 0 or > DemoDataOptions.MaxRecords)
        {
            throw new CliUsageException($"--train-records must be between 0 and {DemoDataOptions.MaxRecords}, not {options.TrainRecords}.");
        }

        var directory = Path.GetFullPath(parseResult.GetRequiredValue(output));
        if (File.Exists(directory))
        {
            throw new CliUsageException($"--out {directory} is a file; give a folder.");
        }

        var written = DemoDataGenerator.Write(kind, directory, options);
        var files = written.Select(Path.GetFileName).OfType<string>().ToList();
        await console.Out.WriteAsync(parseResult.GetValue(json)
            ? JsonOutput.Written(kind, directory, options.Records, options.EffectiveTrainRecords, options.Seed, files)
            : Summary(kind, directory, options, files)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Summary(Domain.Tasks.TaskKind kind, string directory, DemoDataOptions options, List<string> files)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Wrote SYNTHETIC {CliOptions.NameOf(kind)} demo data to {directory} (seed {options.Seed}: {options.Records} input records, {options.EffectiveTrainRecords} training records):");
        foreach (var file in files)
        {
            text.Append("  ").AppendLine(file);
        }

        return text.ToString();
    }
}
