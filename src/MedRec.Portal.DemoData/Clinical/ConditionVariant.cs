namespace MedRec.Portal.DemoData.Clinical;

/// <summary>One concrete form of a condition (e.g. hypertension grade 2, very high risk).</summary>
/// <param name="Key">Stable identifier used by the scenario tables.</param>
/// <param name="IcdCode">The additional-diagnosis code it maps to in the ICD task, or null when the task has none.</param>
/// <param name="Names">Diagnosis wordings a doctor writes for it, the first being the formal one.</param>
/// <param name="Weight">Relative frequency among the group's variants.</param>
internal sealed record ConditionVariant(string Key, string? IcdCode, IReadOnlyList<string> Names, double Weight = 1);
