using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Infrastructure.Baseline;

/// <summary>
/// The demo baseline packages, trained by tools/baseline/train.py on the synthetic demo data (never on the licensed
/// data) and copied beside the assemblies: the demo seed runs them, and the tests check the runner against them.
/// </summary>
public static class DemoBaselineModels
{
    /// <summary>The package folder of the task's demo model (it exists in every build output that references Infrastructure).</summary>
    public static string Directory(TaskKind task) =>
        Path.Combine(AppContext.BaseDirectory, "Baseline", "DemoModels", task == TaskKind.CDrugRed ? "cdrugred" : "icd");
}
