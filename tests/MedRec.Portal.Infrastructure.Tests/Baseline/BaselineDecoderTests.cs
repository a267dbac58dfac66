using MedRec.Portal.Infrastructure.Baseline.Decoding;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Manifest;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class BaselineDecoderTests
{
    private static readonly ManifestLabels DrugLabels = new() { Drugs = ["drug-a", "drug-b", "drug-c", "drug-d"] };
    private static readonly ManifestLabels IcdLabels = new() { Primary = ["P1", "P2", "P3"], Additional = ["A1", "A2", "A3"] };

    [Fact]
    public void CDrugRedAppliesThresholdThenMinimumAndMaximumCounts()
    {
        var rule = new ManifestDecoding { Kind = "threshold", Threshold = 0.5, MinCount = 1, MaxCount = 2 };
        BaselineRecordScores[] scores =
        [
            new("many", [[0.9f, 0.8f, 0.7f, 0.1f]]),
            new("none", [[0.1f, 0.3f, 0.2f, 0.0f]]),
            new("one", [[0.1f, 0.3f, 0.6f, 0.0f]]),
        ];

        var predictions = BaselineDecoder.DecodeCDrugRed(scores, DrugLabels, rule);

        predictions[0].Drugs.ShouldBe(["drug-a", "drug-b"]);
        predictions[1].Drugs.ShouldBe(["drug-b"]);
        predictions[2].Drugs.ShouldBe(["drug-c"]);
        predictions.Select(p => p.Id).ShouldBe(["many", "none", "one"]);
    }

    [Fact]
    public void IcdTakesTheMostProbablePrimaryCode()
    {
        var rule = new ManifestDecoding { Kind = "icd", AdditionalThreshold = 0.5, MinAdditional = 1 };

        var prediction = BaselineDecoder.DecodeIcd([new("r1", [[0.2f, 0.5f, 0.3f], [0.6f, 0.1f, 0.7f]])], IcdLabels, rule)[0];

        prediction.Primary.ShouldBe("P2");
        prediction.Additional.ShouldBe(["A3", "A1"]);
    }

    [Fact]
    public void IcdAlwaysPredictsAtLeastOneAdditionalCodeEvenIfTheManifestAllowsNone()
    {
        var rule = new ManifestDecoding { Kind = "icd", AdditionalThreshold = 0.9, MinAdditional = 0 };

        var prediction = BaselineDecoder.DecodeIcd([new("r1", [[0.2f, 0.5f, 0.3f], [0.1f, 0.4f, 0.2f]])], IcdLabels, rule)[0];

        prediction.Additional.ShouldBe(["A2"]);
    }

    [Fact]
    public void IcdCapsAdditionalCodesAtTheMaximum()
    {
        var rule = new ManifestDecoding { Kind = "icd", AdditionalThreshold = 0.1, MinAdditional = 1, MaxAdditional = 2 };

        var prediction = BaselineDecoder.DecodeIcd([new("r1", [[1f, 0f, 0f], [0.5f, 0.6f, 0.7f]])], IcdLabels, rule)[0];

        prediction.Additional.ShouldBe(["A3", "A2"]);
    }
}
