namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// The reason for an admission: its complaint and story, the condition it forces, how it changes the
/// prevalence of others, and its own treatment. ICD scenarios carry the primary code they are coded as.
/// </summary>
/// <param name="Key">Stable identifier.</param>
/// <param name="Weight">Relative frequency among the scenarios of a task.</param>
/// <param name="IcdPrimaryCode">The primary diagnosis code of an ICD record with this scenario, or null for CDrugRed-only scenarios.</param>
/// <param name="DiagnosisNames">Wordings of the main diagnosis, the first being the formal one; later ones may be vague
/// and shared with other scenarios (急性冠脉综合征), so the wording alone does not always decide the code.</param>
/// <param name="Complaints">Chief complaints; <c>{0}</c> is a long duration (3年), <c>{1}</c> a short one (2天).</param>
/// <param name="Stories">Present-illness narratives with the same placeholders.</param>
/// <param name="Findings">Examination and test findings that support the diagnosis.</param>
/// <param name="Course">In-hospital course sentences that do not name discharge drugs (procedures, IV therapy).</param>
/// <param name="Forced">Condition variants every patient of this scenario has (group key, variant key).</param>
/// <param name="Prevalence">Condition prevalences that replace the groups' own for this scenario.</param>
/// <param name="Drugs">Treatment rules of the scenario itself.</param>
/// <param name="IcdFallback">The condition an ICD record of this scenario is given when it drew no coded
/// comorbidity, because the task requires at least one additional code; null for CDrugRed-only scenarios.</param>
internal sealed record Scenario(
    string Key,
    double Weight,
    string? IcdPrimaryCode,
    IReadOnlyList<string> DiagnosisNames,
    IReadOnlyList<string> Complaints,
    IReadOnlyList<string> Stories,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Course,
    IReadOnlyList<(string Group, string Variant)> Forced,
    IReadOnlyDictionary<string, double> Prevalence,
    IReadOnlyList<DrugRule> Drugs,
    (string Group, string Variant)? IcdFallback = null);
