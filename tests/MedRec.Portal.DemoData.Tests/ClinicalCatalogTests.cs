using MedRec.Portal.DemoData.Clinical;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Tests;

public sealed class ClinicalCatalogTests
{
    private static IEnumerable<DrugRule> AllRules =>
        ConditionCatalog.Groups.SelectMany(g => g.Drugs).Concat(ScenarioCatalog.CDrugRed.SelectMany(s => s.Drugs));

    [Fact]
    public void EveryPrescribableDrugIsInTheCandidateList()
    {
        var missing = AllRules.SelectMany(r => r.Pool).Where(name => !DrugCatalog.Contains(name)).Distinct().ToList();

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void TheCandidateListHasDistractorsNoRulePrescribes()
    {
        var prescribable = AllRules.SelectMany(r => r.Pool).ToHashSet();

        DrugCatalog.Names.Count(name => !prescribable.Contains(name)).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void EveryAdditionalIcdCodeBelongsToExactlyOneConditionVariant()
    {
        var mapped = ConditionCatalog.Groups.SelectMany(g => g.Variants).Select(v => v.IcdCode).OfType<string>().ToList();

        mapped.Distinct().Count().ShouldBe(mapped.Count);
        mapped.Order(StringComparer.Ordinal).ShouldBe(IcdCodeLists.Additional.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheIcdScenariosAreOnePerPrimaryCodeWithAValidFallback()
    {
        ScenarioCatalog.Icd.Select(s => s.IcdPrimaryCode).ShouldBe(IcdCodeLists.Primary.Select(c => c.Code));
        foreach (var scenario in ScenarioCatalog.Icd)
        {
            scenario.IcdFallback.ShouldNotBeNull();
            var fallback = ConditionCatalog.GetVariant(scenario.IcdFallback.Value.Group, scenario.IcdFallback.Value.Variant);
            fallback.IcdCode.ShouldNotBeNull();
            fallback.IcdCode.ShouldNotBe(scenario.IcdPrimaryCode);
        }
    }

    [Fact]
    public void ScenarioReferencesNameExistingConditions()
    {
        foreach (var scenario in ScenarioCatalog.CDrugRed)
        {
            foreach (var (group, variant) in scenario.Forced)
            {
                Should.NotThrow(() => ConditionCatalog.GetVariant(group, variant), $"{scenario.Key} forces {group}/{variant}");
            }

            foreach (var group in scenario.Prevalence.Keys)
            {
                Should.NotThrow(() => ConditionCatalog.Get(group), $"{scenario.Key} adjusts {group}");
            }
        }
    }
}
