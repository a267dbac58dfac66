using MedRec.Portal.Benchmarks;

// Usage: dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scoring [--quick]
if (args.Length == 0 || args[0] != "scoring")
{
    Console.Error.WriteLine("usage: MedRec.Portal.Benchmarks scoring [--quick]");
    Console.Error.WriteLine("  scoring   time gold parsing, submission parsing + validation and scoring on synthetic files");
    Console.Error.WriteLine("  --quick   1k and 10k records only, fewer runs");
    return 2;
}

var quick = args.Contains("--quick");
new ScoringBenchmark(Console.Out, quick).Run();
return 0;
