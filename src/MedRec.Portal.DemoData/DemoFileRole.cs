namespace MedRec.Portal.DemoData;

/// <summary>What a generated demo file is for.</summary>
public enum DemoFileRole
{
    /// <summary>Labelled training records (CDrugRed <c>train.jsonl</c>, ICD <c>train.json</c>).</summary>
    Train,

    /// <summary>The phase's input records without labels (<c>inputs.jsonl</c> / <c>inputs.json</c>): what participants predict.</summary>
    Inputs,

    /// <summary>The same input records with their labels (<c>gold.jsonl</c> / <c>gold.json</c>): what the scorer compares against.</summary>
    Gold,

    /// <summary>CDrugRed only: the candidate drug list, a JSON array of names (<c>candidates.json</c>).</summary>
    Candidates,

    /// <summary>A plausible, imperfect prediction for every input record in the official submission format (<c>sample-submission.json</c>).</summary>
    SampleSubmission,

    /// <summary>A README that says the data is synthetic and describes the files.</summary>
    Readme,
}
