namespace MedRec.Portal.Domain.Datasets;

/// <summary>What a non-secret dataset holds. Gold is not a kind: it lives in <see cref="GoldDataset"/>, its own table.</summary>
public enum DatasetKind
{
    /// <summary>A phase's input records, which approved teams download and predict.</summary>
    Inputs,

    /// <summary>A task's candidate label list (CDrugRed's drug names).</summary>
    CandidateList,

    /// <summary>Any other file an organiser offers (training data, sample submission, README), with a description.</summary>
    Extra,
}
