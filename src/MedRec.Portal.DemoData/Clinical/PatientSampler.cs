namespace MedRec.Portal.DemoData.Clinical;

/// <summary>Draws demo patients: demographics, then each condition group by its (scenario-adjusted) prevalence.</summary>
internal static class PatientSampler
{
    private static readonly string[] Ethnicities = ["汉族", "回族", "满族", "壮族", "蒙古族", "土家族", "苗族"];
    private static readonly double[] EthnicityWeights = [0.9, 0.025, 0.02, 0.015, 0.015, 0.015, 0.01];

    public static DemoPatient Sample(Random random, int number, IReadOnlyList<Scenario> scenarios)
    {
        var scenario = scenarios[random.PickWeightedIndex(scenarios.Select(s => s.Weight).ToList())];
        var sex = random.Chance(0.58) ? "男" : "女";
        var age = Math.Clamp((int)Math.Round(66 + (12 * Gaussian(random))), 28, 93);
        string? ethnicity = random.Chance(0.02) ? null : Ethnicities[random.PickWeightedIndex(EthnicityWeights)];
        double? bmi = random.Chance(0.3) ? null : Math.Round(Math.Clamp(24 + (3.2 * Gaussian(random)), 16.5, 38), 1);

        var conditions = new List<PatientCondition>();
        foreach (var group in ConditionCatalog.Groups)
        {
            var forced = scenario.Forced.FirstOrDefault(f => f.Group == group.Key);
            ConditionVariant? variant = null;
            if (forced.Group is not null)
            {
                variant = ConditionCatalog.GetVariant(forced.Group, forced.Variant);
            }
            else
            {
                var prevalence = scenario.Prevalence.TryGetValue(group.Key, out var adjusted) ? adjusted : group.Prevalence;
                if ((group.Sex is null || group.Sex == sex) && random.Chance(prevalence))
                {
                    variant = group.Variants[random.PickWeightedIndex(group.Variants.Select(v => v.Weight).ToList())];
                }
            }

            if (variant is not null)
            {
                conditions.Add(new PatientCondition(group, variant, random.Next(1, Math.Max(2, Math.Min(30, age - 25)))));
            }
        }

        return new DemoPatient(number, sex, age, ethnicity, bmi, scenario, conditions);
    }

    /// <summary>Adds a condition (the ICD fallback) unless the patient has the group already.</summary>
    public static DemoPatient With(this DemoPatient patient, Random random, string groupKey, string variantKey)
    {
        if (patient.Has(groupKey))
        {
            return patient;
        }

        var group = ConditionCatalog.Get(groupKey);
        var added = new PatientCondition(group, ConditionCatalog.GetVariant(groupKey, variantKey), random.Next(1, 10));
        var ordered = patient.Conditions.Append(added)
            .OrderBy(c => IndexOf(c.Group))
            .ToList();
        return patient with { Conditions = ordered };
    }

    private static int IndexOf(ConditionGroup group)
    {
        for (var i = 0; i < ConditionCatalog.Groups.Count; i++)
        {
            if (ReferenceEquals(ConditionCatalog.Groups[i], group))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // An approximately standard normal draw (Irwin-Hall: twelve uniforms minus 6). Only additions, no Log/Cos, whose
    // last bits may differ between CPUs: the files must be byte-identical for a seed on every platform.
    private static double Gaussian(Random random)
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += random.NextDouble();
        }

        return sum - 6.0;
    }
}
