using MedRec.Portal.Benchmarks;

// Usage: dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scoring [--quick]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- board [--postgres] [--quick]
if (args.Length > 0 && args[0] == "board")
{
    var quick = args.Contains("--quick");
    string[] providers = args.Contains("--postgres") ? ["Sqlite", "Postgres"] : ["Sqlite"];
    await new BoardBenchmark(Console.Out, teams: quick ? 200 : 2_000, submissions: quick ? 5_000 : 50_000, runs: quick ? 20 : 100, profile: args.Contains("--profile")).RunAsync(providers);
    return 0;
}

if (args.Length == 0 || args[0] != "scoring")
{
    Console.Error.WriteLine("usage: MedRec.Portal.Benchmarks scoring [--quick] | board [--postgres] [--quick]");
    Console.Error.WriteLine("  scoring   time gold parsing, submission parsing + validation and scoring on synthetic files");
    Console.Error.WriteLine("  board     time the leaderboard query and render with 2,000 teams and 50,000 submissions (SQLite; --postgres adds PostgreSQL)");
    Console.Error.WriteLine("  --quick   smaller inputs, fewer runs");
    Console.Error.WriteLine("  --profile (board) log each step's SQL commands with their durations to stderr");
    return 2;
}

var quickScoring = args.Contains("--quick");
new ScoringBenchmark(Console.Out, quickScoring).Run();
return 0;
