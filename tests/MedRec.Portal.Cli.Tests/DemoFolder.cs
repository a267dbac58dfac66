using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Cli.Tests;

/// <summary>Demo data of both tasks written once into a temporary folder for the command tests, deleted afterwards.</summary>
public sealed class DemoFolder : IDisposable
{
    public DemoFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "medrec-cli-tests-" + Guid.NewGuid().ToString("N"));
        DemoDataGenerator.Write(TaskKind.CDrugRed, CDrugRed, new DemoDataOptions { Records = 40, TrainRecords = 10, Seed = 31 });
        DemoDataGenerator.Write(TaskKind.Icd, Icd, new DemoDataOptions { Records = 40, TrainRecords = 10, Seed = 31 });
    }

    public string Root { get; }

    public string CDrugRed => Path.Combine(Root, "cdrugred");

    public string Icd => Path.Combine(Root, "icd");

    /// <summary>Writes a file of the test's own into the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
