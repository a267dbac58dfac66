namespace MedRec.Portal.DemoData.Clinical;

/// <summary>A condition a demo patient has, with how many years ago it began (for history sentences).</summary>
internal sealed record PatientCondition(ConditionGroup Group, ConditionVariant Variant, int Years);
