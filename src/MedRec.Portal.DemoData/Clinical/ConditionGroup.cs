namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// A latent condition a demo patient may have. At most one variant of a group is present per patient. The
/// text mentions it (diagnosis wording, history phrase); the labels follow from it (drugs, ICD code), which is
/// what makes the demo labels learnable from the text.
/// </summary>
/// <param name="Key">Stable identifier used by the scenario tables.</param>
/// <param name="Prevalence">Chance a patient has it unless the scenario overrides it.</param>
/// <param name="Variants">The concrete forms, one drawn by weight.</param>
/// <param name="History">Past-history phrases; <c>{0}</c> is a diagnosis wording, <c>{1}</c> a number of years.</param>
/// <param name="Denial">The word used in a "否认…史" sentence for patients without it, or null when notes never deny it.</param>
/// <param name="Drugs">Discharge treatment rules.</param>
/// <param name="Findings">Examination results that reveal it (<c>{0}</c> is a diagnosis wording); such conditions
/// are found in hospital rather than remembered, so the notes state them as test results.</param>
/// <param name="Sex">Restricts the condition to one sex (男 or 女), or null for both.</param>
internal sealed record ConditionGroup(
    string Key,
    double Prevalence,
    IReadOnlyList<ConditionVariant> Variants,
    IReadOnlyList<string> History,
    string? Denial,
    IReadOnlyList<DrugRule> Drugs,
    IReadOnlyList<string>? Findings = null,
    string? Sex = null);
