using System.Text.Json;
using System.Text.Json.Nodes;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

/// <summary>The committed demo packages, and throw-away copies of them to break on purpose.</summary>
internal static class TestPackages
{
    public static string DemoDirectory(TaskKind task)
    {
        var directory = DemoBaselineModels.Directory(task);
        File.Exists(Path.Combine(directory, "model.json")).ShouldBeTrue($"the demo package should be copied to {directory}");
        return directory;
    }

    /// <summary>The labels a phase must offer for the demo package to fit it.</summary>
    public static BaselinePackageExpectation Expectation(TaskKind task) =>
        task == TaskKind.CDrugRed ? BaselinePackageExpectation.ForCDrugRed(DemoCandidates()) : BaselinePackageExpectation.ForIcd();

    public static IReadOnlyList<string> DemoCandidates()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DemoDirectory(TaskKind.CDrugRed), "model.json")));
        return manifest.RootElement.GetProperty("labels").GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    public static BaselineSessionCache NewCache(IReadOnlyList<string>? providers = null) =>
        new(NullLogger<BaselineSessionCache>.Instance, allowGpu: true, providers is null ? null : () => providers);

    public static BaselinePackage LoadDemo(TaskKind task, BaselineSessionCache cache)
    {
        var result = new BaselinePackageLoader(cache).Load(DemoDirectory(task), Expectation(task));
        result.Errors.ShouldBeEmpty();
        return result.Package!;
    }
}

/// <summary>A copy of a demo package in a temporary folder, deleted on dispose.</summary>
internal sealed class PackageCopy : IDisposable
{
    public PackageCopy(TaskKind task)
    {
        Directory = Path.Combine(Path.GetTempPath(), "medrec-baseline-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(TestPackages.DemoDirectory(task)))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public void EditManifest(Action<JsonObject> edit)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(PathOf("model.json")))!.AsObject();
        edit(manifest);
        File.WriteAllText(PathOf("model.json"), manifest.ToJsonString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
