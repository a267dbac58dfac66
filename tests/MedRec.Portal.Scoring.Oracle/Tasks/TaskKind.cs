namespace MedRec.Portal.Scoring.Tasks;

/// <summary>The shared tasks the portal knows how to validate and score.</summary>
public enum TaskKind
{
    /// <summary>CHIP 2025 shared task 2: discharge medication recommendation (a set of drugs per visit).</summary>
    CDrugRed,

    /// <summary>CCL 2025 Chinese EMR ICD coding: one primary and one or more additional ICD-10 codes per record.</summary>
    Icd,
}
