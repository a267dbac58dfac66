using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>What the phase needs from a package: its task, and for CDrugRed the phase's candidate drug list.</summary>
public sealed record BaselinePackageExpectation
{
    private BaselinePackageExpectation(TaskKind task, IReadOnlyList<string>? candidateDrugs)
    {
        Task = task;
        CandidateDrugs = candidateDrugs;
    }

    /// <summary>The phase's task.</summary>
    public TaskKind Task { get; }

    /// <summary>CDrugRed: the phase's candidate drugs (the model's labels must be exactly these).</summary>
    public IReadOnlyList<string>? CandidateDrugs { get; }

    /// <summary>Whether to run the manifest's parity cases while loading (on by default; they take milliseconds).</summary>
    public bool VerifyParity { get; init; } = true;

    /// <summary>A CDrugRed phase with its candidate list.</summary>
    public static BaselinePackageExpectation ForCDrugRed(IReadOnlyList<string> candidateDrugs)
    {
        ArgumentNullException.ThrowIfNull(candidateDrugs);
        return new BaselinePackageExpectation(TaskKind.CDrugRed, candidateDrugs);
    }

    /// <summary>An ICD coding phase (labels: the built-in <see cref="IcdCodeLists"/>).</summary>
    public static BaselinePackageExpectation ForIcd() => new(TaskKind.Icd, null);
}
