using System.Globalization;
using MedRec.Portal.Benchmarks;

// Usage: dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scoring [--quick]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- api [--clients N] [--per-client M] [--records R]
switch (args.FirstOrDefault())
{
    case "scoring":
        new ScoringBenchmark(Console.Out, args.Contains("--quick")).Run();
        return 0;
    case "api":
        var clients = IntOption("--clients", 50);
        var perClient = IntOption("--per-client", 10);
        var records = IntOption("--records", 1722);
        var benchmark = new ApiThroughputBenchmark(Console.Out, clients, perClient, records);
        await benchmark.RunAsync("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"medrec-bench-{Guid.NewGuid():N}.db")}");
        var postgres = Environment.GetEnvironmentVariable("MEDREC_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Console.WriteLine("Postgres: skipped (set MEDREC_TEST_POSTGRES; eval \"$(tests/scripts/postgres.sh)\" starts a local server).");
        }
        else
        {
            var database = $"medrec_bench_{Guid.NewGuid():N}"[..24];
            var connection = string.Join(';', postgres.Split(';', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.Trim().StartsWith("Database=", StringComparison.OrdinalIgnoreCase)).Append($"Database={database}"));
            await benchmark.RunAsync("Postgres", connection);
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: MedRec.Portal.Benchmarks scoring [--quick] | api [--clients N] [--per-client M] [--records R]");
        Console.Error.WriteLine("  scoring   time gold parsing, submission parsing + validation and scoring on synthetic files");
        Console.Error.WriteLine("  --quick   1k and 10k records only, fewer runs");
        Console.Error.WriteLine("  api       submissions through the REST API with concurrent clients on SQLite and PostgreSQL (MEDREC_TEST_POSTGRES)");
        return 2;
}

int IntOption(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
