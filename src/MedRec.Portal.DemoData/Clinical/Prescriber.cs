namespace MedRec.Portal.DemoData.Clinical;

/// <summary>Derives discharge drugs from a patient's scenario and conditions (the labels of CDrugRed).</summary>
internal static class Prescriber
{
    public static List<PrescribedDrug> Prescribe(Random random, DemoPatient patient)
    {
        var prescribed = new List<PrescribedDrug>();
        var rules = patient.Scenario.Drugs.Concat(patient.Conditions.SelectMany(c => c.Group.Drugs)).ToList();
        foreach (var rule in rules)
        {
            Apply(random, rule, prescribed);
        }

        if (prescribed.Count == 0)
        {
            // Every real visit leaves with at least one drug; fall back to the scenario's first treatment.
            var first = rules.Count > 0 ? rules[0] : patient.Scenario.Drugs[0];
            Apply(random, first with { Probability = 1, Min = Math.Max(1, first.Min) }, prescribed);
        }

        return prescribed;
    }

    private static void Apply(Random random, DrugRule rule, List<PrescribedDrug> prescribed)
    {
        // Draw first so the stream advances the same way whatever was prescribed before.
        var applies = random.Chance(rule.Probability);
        var classAlreadyCovered = rule.Pool.Any(name => prescribed.Any(p => p.Drug.Name == name));
        if (!applies || classAlreadyCovered)
        {
            return;
        }

        var count = random.Next(rule.Min, rule.Max + 1);
        var available = rule.Pool.Where(name => prescribed.All(p => p.Drug.Name != name)).ToList();
        foreach (var name in random.PickDistinctFavouringFirst(available, count))
        {
            prescribed.Add(new PrescribedDrug(DrugCatalog.Get(name), rule.Purpose));
        }
    }
}
