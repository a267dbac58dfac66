namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>What an organiser uploads.</summary>
public enum DatasetFileKind
{
    /// <summary>A phase's input records (what participants predict).</summary>
    Inputs,

    /// <summary>A phase's hidden answers.</summary>
    Gold,

    /// <summary>A task's candidate label list (CDrugRed's drug names: a JSON array of strings).</summary>
    CandidateList,
}
