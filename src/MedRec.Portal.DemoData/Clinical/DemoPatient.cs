namespace MedRec.Portal.DemoData.Clinical;

/// <summary>The latent truth about one demo patient: who they are, why they are admitted, what they have.</summary>
internal sealed record DemoPatient(
    int Number,
    string Sex,
    int Age,
    string? Ethnicity,
    double? Bmi,
    Scenario Scenario,
    IReadOnlyList<PatientCondition> Conditions)
{
    public bool Has(string groupKey) => Conditions.Any(c => c.Group.Key == groupKey);

    /// <summary>The highest blood pressure the notes quote, consistent with the hypertension grade if any.</summary>
    public string MaxBloodPressure =>
        Conditions.FirstOrDefault(c => c.Group.Key == "hypertension")?.Variant.Key[0] switch
        {
            '1' => "156/96mmHg",
            '2' => "172/104mmHg",
            '3' => "192/116mmHg",
            _ => "138/88mmHg",
        };
}
