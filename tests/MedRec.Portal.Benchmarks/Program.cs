using System.Globalization;
using MedRec.Portal.Benchmarks;

// Usage: dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- scoring [--quick]
//        dotnet run -c Release --project tests/MedRec.Portal.Benchmarks -- baseline [--package dir] [--inputs file.jsonl] [--batches 1,32] [--cpu]
if (args.Length > 0 && args[0] == "baseline")
{
    var batches = (Option("--batches") ?? "1,32").Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray();
    await new BaselineThroughputBenchmark(Console.Out, Option("--package"), Option("--inputs"), batches, allowGpu: !args.Contains("--cpu")).RunAsync();
    return 0;
}

if (args.Length == 0 || args[0] != "scoring")
{
    Console.Error.WriteLine("usage: MedRec.Portal.Benchmarks scoring [--quick] | baseline [--package dir] [--inputs file.jsonl] [--batches 1,32] [--cpu]");
    Console.Error.WriteLine("  scoring   time gold parsing, submission parsing + validation and scoring on synthetic files");
    Console.Error.WriteLine("  --quick   1k and 10k records only, fewer runs");
    Console.Error.WriteLine("  baseline  records/s of a CDrugRed baseline package on 1,722 records per batch size (default: the demo model,");
    Console.Error.WriteLine("            the real A-phase inputs from ../shared/data when present, else synthetic); --cpu keeps CUDA off");
    return 2;
}

var quick = args.Contains("--quick");
new ScoringBenchmark(Console.Out, quick).Run();
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
