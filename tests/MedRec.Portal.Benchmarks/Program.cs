using System.Globalization;
using MedRec.Portal.Benchmarks;

// Usage: dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scoring [--quick]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- cli [--medrec artifacts/medrec/medrec] [--records 100000] [--runs 3] [--keep DIR]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- baseline [--package dir] [--inputs file.jsonl] [--batches 1,32] [--cpu]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- api [--clients N] [--per-client M | --rate R/s --seconds S] [--records R] [--worker-processes K] [--warmup W]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scale-out [--clients N] [--per-client M] [--records R] [--loops L]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- board [--postgres] [--quick] [--profile]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- export [--postgres] [--quick]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- analysis [--entries 100] [--records 1722] [--resamples 1000] [--runs 5]
switch (args.FirstOrDefault())
{
    case "scoring":
        var onlySizes = Option("--sizes")?.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        new ScoringBenchmark(Console.Out, args.Contains("--quick"), onlySizes).Run();
        return 0;
    case "cli":
        var repository = RepositoryRoot();
        var medrec = Option("--medrec") ?? Path.Combine(repository, "artifacts", "medrec", "medrec");
        return new CliBenchmark(Console.Out, repository, Path.GetFullPath(medrec), IntOption("--records", 100_000), IntOption("--runs", 3), Option("--keep")).Run();
    case "baseline":
        var batches = (Option("--batches") ?? "1,32").Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        await new BaselineThroughputBenchmark(Console.Out, Option("--package"), Option("--inputs"), batches, allowGpu: !args.Contains("--cpu")).RunAsync();
        return 0;
    case "api":
        var benchmark = new ApiThroughputBenchmark(Console.Out, IntOption("--clients", 50), IntOption("--per-client", 10), IntOption("--records", 1722),
            rate: IntOption("--rate", 0), seconds: IntOption("--seconds", 30), workerProcesses: IntOption("--worker-processes", 0), warmup: IntOption("--warmup", 30));
        await benchmark.RunAsync("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"medrec-bench-{Guid.NewGuid():N}.db")}");
        if (PostgresBenchmarkDatabase() is { } postgres)
        {
            await benchmark.RunAsync("Postgres", postgres);
        }

        return 0;
    case "scale-out":
        var server = Environment.GetEnvironmentVariable("MEDREC_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine("scale-out needs PostgreSQL: eval \"$(bash tests/scripts/postgres.sh)\" sets MEDREC_TEST_POSTGRES");
            return 2;
        }

        return await new MedRec.Portal.Benchmarks.ScaleOut.ScaleOutRun(Console.Out, IntOption("--clients", 40), IntOption("--per-client", 6), IntOption("--records", 300), IntOption("--loops", 2)).RunAsync(server);
    case "board":
        var quick = args.Contains("--quick");
        string[] providers = args.Contains("--postgres") ? ["Sqlite", "Postgres"] : ["Sqlite"];
        await new BoardBenchmark(Console.Out, teams: quick ? 200 : 2_000, submissions: quick ? 5_000 : 50_000, runs: quick ? 20 : 100, profile: args.Contains("--profile")).RunAsync(providers);
        return 0;
    case "export":
        var small = args.Contains("--quick");
        string[] exportProviders = args.Contains("--postgres") ? ["Sqlite", "Postgres"] : ["Sqlite"];
        await new ExportBenchmark(Console.Out, teams: small ? 200 : 2_000, submissions: small ? 5_000 : 50_000, runs: small ? 2 : 3).RunAsync(exportProviders);
        return 0;
    case "analysis":
        new AnalysisBenchmark(Console.Out, IntOption("--entries", 100), IntOption("--records", 1_722), IntOption("--resamples", 1_000), IntOption("--runs", 5)).Run();
        return 0;
    default:
        Console.Error.WriteLine("usage: MedRec.Portal.Benchmarks scoring [--quick] | cli [--medrec path] [--records N] [--runs R] [--keep DIR] | baseline [--package dir] [--inputs file.jsonl] [--batches 1,32] [--cpu]");
        Console.Error.WriteLine("                                | api [--clients N] [--per-client M | --rate R --seconds S] [--records R] [--worker-processes K] | board [--postgres] [--quick] [--profile] | export [--postgres] [--quick]");
        Console.Error.WriteLine("  scoring   time gold parsing, submission parsing + validation and scoring on synthetic files");
        Console.Error.WriteLine("  --quick   1k and 10k records only, fewer runs; --sizes 100000 (comma-separated) measures only those sizes");
        Console.Error.WriteLine("  cli       `medrec score` (whole process; publish it first, docs/cli.md) vs tools/reference/score.py on 100k records of each task");
        Console.Error.WriteLine("  baseline  records/s of a CDrugRed baseline package on 1,722 records per batch size (default: the demo model,");
        Console.Error.WriteLine("            the real A-phase inputs from ../shared/data when present, else synthetic); --cpu keeps CUDA off");
        Console.Error.WriteLine("  api       submissions through the REST API on SQLite and PostgreSQL (MEDREC_TEST_POSTGRES): a burst of clients x per-client,");
        Console.Error.WriteLine("            or --rate uploads/s for --seconds (open loop); --worker-processes K scores in K separate portal processes (Redis)");
        Console.Error.WriteLine("  scale-out 2 web instances + 2 scoring worker processes on PostgreSQL + Redis behind nginx (tests/scripts/scale-out.sh)");
        Console.Error.WriteLine("  board     the leaderboard query and render with 2,000 teams and 50,000 submissions (SQLite; --postgres adds PostgreSQL)");
        Console.Error.WriteLine("  analysis  results analysis (intervals, paired tests, bands, labels) of 100 entries x 1,722 records x 1,000 resamples");
        Console.Error.WriteLine("  export    the organiser's Excel and CSV results export on the same data: time, allocations, peak memory, file size");
        return 2;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

// The folder holding MedRec.Portal.sln, from the current directory up (dotnet run starts in the repository root).
static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "MedRec.Portal.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

int IntOption(string name, int fallback) =>
    Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

// A fresh database on the server MEDREC_TEST_POSTGRES names, or null (with a note) when none is configured.
static string? PostgresBenchmarkDatabase()
{
    var postgres = Environment.GetEnvironmentVariable("MEDREC_TEST_POSTGRES");
    if (string.IsNullOrWhiteSpace(postgres))
    {
        Console.WriteLine("Postgres: skipped (set MEDREC_TEST_POSTGRES; eval \"$(tests/scripts/postgres.sh)\" starts a local server).");
        return null;
    }

    var database = $"medrec_bench_{Guid.NewGuid():N}"[..24];
    return string.Join(';', postgres.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Where(p => !p.Trim().StartsWith("Database=", StringComparison.OrdinalIgnoreCase))
        .Append($"Database={database}"));
}
