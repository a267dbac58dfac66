#:project ../../src/MedRec.Portal.DemoData/MedRec.Portal.DemoData.csproj
// Writes the synthetic demo data the demo baseline models are trained on (a .NET 10 file-based app):
//   dotnet run tools/baseline/generate-demo-data.cs -- <output folder> [train records] [input records] [seed]
// Output: <folder>/cdrugred/{train.jsonl,candidates.json,...} and <folder>/icd/{train.json,...}.
using System.Globalization;
using MedRec.Portal.DemoData;
using MedRec.Portal.Scoring.Tasks;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run tools/baseline/generate-demo-data.cs -- <output folder> [train records=1200] [input records=200] [seed=2025]");
    return 2;
}

var options = new DemoDataOptions
{
    TrainRecords = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1200,
    Records = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200,
    Seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2025,
};
foreach (var (task, folder) in new[] { (TaskKind.CDrugRed, "cdrugred"), (TaskKind.Icd, "icd") })
{
    foreach (var path in DemoDataGenerator.Write(task, Path.Combine(args[0], folder), options))
    {
        Console.WriteLine(path);
    }
}

return 0;
