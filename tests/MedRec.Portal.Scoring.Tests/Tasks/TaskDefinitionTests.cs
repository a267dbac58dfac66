using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests.Tasks;

public sealed class TaskDefinitionTests
{
    [Fact]
    public void IcdHasFivePrimaryAndFiftyThreeAdditionalCodes()
    {
        IcdTaskDefinition.Instance.PrimaryCodes.Count.ShouldBe(5);
        IcdTaskDefinition.Instance.AdditionalCodes.Count.ShouldBe(53);
    }

    [Fact]
    public void LoadsTheCandidateListFromAJsonArrayOfStrings()
    {
        var task = CDrugRedTaskDefinition.Load(TestInput.Utf8("[\"Alphazol\", \" Ｂｅｔａｍｉｎ \",]", bom: true));

        task.CandidateDrugs.ShouldBe(["Alphazol", "Betamin"]);
        task.CandidateSet.Contains("Betamin").ShouldBeTrue();
        task.Kind.ShouldBe(TaskKind.CDrugRed);
        task.DatasetIdKey.ShouldBe(CDrugRedFields.VisitId);
    }

    [Theory]
    [InlineData("[\"Alphazol\", \"Alphazol\"]", "twice")]
    [InlineData("[\"Alphazol\", \" \"]", "empty")]
    [InlineData("[]", "empty")]
    [InlineData("[\"Alphazol\", 3]", "not a string")]
    [InlineData("{\"drugs\": []}", "array")]
    public void RejectsAnUnusableCandidateList(string json, string reason)
    {
        Should.Throw<DatasetFormatException>(() => CDrugRedTaskDefinition.Load(TestInput.Utf8(json))).Message.ShouldContain(reason);
    }
}
