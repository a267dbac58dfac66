using MedRec.Portal.Scoring.Analysis;
using MedRec.Portal.Scoring.Gold;

namespace MedRec.Portal.Scoring.Tests.Analysis;

public sealed class LabelTallyTests
{
    private static readonly CDrugRedGold DrugGold = new(
    [
        new CDrugRedGoldRecord("v1", new HashSet<string> { "Alphazol", "Betamin" }),
        new CDrugRedGoldRecord("v2", new HashSet<string>()),
        new CDrugRedGoldRecord("v3", new HashSet<string> { "Epsilax" }),
    ]);

    [Fact]
    public void DrugFiguresPerEntryAndPooledAreHandComputed()
    {
        var x = new AnalysisEntry("X", AnalysisInput.ScoreDrugs(DrugGold, ["Alphazol"], ["Betamin"], ["Epsilax", "Alphazol"]));
        var y = new AnalysisEntry("Y", AnalysisInput.ScoreDrugs(DrugGold, ["Alphazol", "Betamin"], [], []));
        var report = AnalysisInput.Analyze(TestInput.CDrugRed, [x, y], AnalysisOptions.Default with { Resamples = 20 });

        // Every candidate drug has a row, in candidate-list order.
        report.PooledLabels.Select(l => l.Label).ShouldBe(TestInput.Drugs);
        report.PooledLabels.ShouldAllBe(l => l.Kind == LabelKind.Drug);

        var xLabels = report.Entries.Single(e => e.Name == "X").Labels.ToDictionary(l => l.Label);
        Figures(xLabels["Alphazol"]).ShouldBe(Round(1, 2, 1, 0.5, 1.0, 2.0 / 3));
        Figures(xLabels["Betamin"]).ShouldBe(Round(1, 1, 0, 0.0, 0.0, 0.0));
        Figures(xLabels["Epsilax"]).ShouldBe(Round(1, 1, 1, 1.0, 1.0, 1.0));
        Figures(xLabels["Cetrofen"]).ShouldBe(Round(0, 0, 0, 0.0, 0.0, 0.0));

        var pooled = report.PooledLabels.ToDictionary(l => l.Label);
        Figures(pooled["Alphazol"]).ShouldBe(Round(1, 3, 2, 2.0 / 3, 1.0, 0.8));
        Figures(pooled["Betamin"]).ShouldBe(Round(1, 2, 1, 0.5, 0.5, 0.5));
        Figures(pooled["Epsilax"]).ShouldBe(Round(1, 1, 1, 1.0, 0.5, 2.0 / 3));
    }

    [Fact]
    public void IcdPrimaryAndAdditionalCodesAreCountedSeparately()
    {
        var gold = new IcdGold(
        [
            new IcdGoldRecord("r1", "I21.401", new HashSet<string> { "E11.900", "E78.500" }),
            new IcdGoldRecord("r2", "I20.000", new HashSet<string>()),
            new IcdGoldRecord("r3", "I50.900x018", new HashSet<string> { "I48.x01" }),
        ]);
        var entry = new AnalysisEntry("E", AnalysisInput.ScoreIcd(gold, "I21.401|E11.900;I10.x00x032", "I10.x00x032|E78.500", "I50.900x018|I48.x01;E11.900"));
        var labels = AnalysisInput.Analyze(TestInput.Icd, [entry], AnalysisOptions.Default with { Resamples = 20 }).Entries.Single().Labels;

        labels.Count(l => l.Kind == LabelKind.Primary).ShouldBe(5);
        labels.Count(l => l.Kind == LabelKind.Additional).ShouldBe(53);
        LabelStatistics Of(LabelKind kind, string code) => labels.Single(l => l.Kind == kind && l.Label == code);

        Figures(Of(LabelKind.Primary, "I21.401")).ShouldBe(Round(1, 1, 1, 1.0, 1.0, 1.0));
        Figures(Of(LabelKind.Primary, "I20.000")).ShouldBe(Round(1, 0, 0, 0.0, 0.0, 0.0));
        // I10.x00x032 is in both lists: predicted once as primary (r2), once as additional (r1), never gold.
        Figures(Of(LabelKind.Primary, "I10.x00x032")).ShouldBe(Round(0, 1, 0, 0.0, 0.0, 0.0));
        Figures(Of(LabelKind.Additional, "I10.x00x032")).ShouldBe(Round(0, 1, 0, 0.0, 0.0, 0.0));
        Figures(Of(LabelKind.Additional, "E11.900")).ShouldBe(Round(1, 2, 1, 0.5, 1.0, 2.0 / 3));
        Figures(Of(LabelKind.Additional, "E78.500")).ShouldBe(Round(1, 1, 0, 0.0, 0.0, 0.0));
        Figures(Of(LabelKind.Additional, "I48.x01")).ShouldBe(Round(1, 1, 1, 1.0, 1.0, 1.0));
    }

    private static (int, int, int, double, double, double) Round(int support, int predicted, int hits, double precision, double recall, double f1) =>
        (support, predicted, hits, Math.Round(precision, 12), Math.Round(recall, 12), Math.Round(f1, 12));

    private static (int, int, int, double, double, double) Figures(LabelStatistics l) =>
        (l.Support, l.Predicted, l.TruePositives, Math.Round(l.Precision, 12), Math.Round(l.Recall, 12), Math.Round(l.F1, 12));
}
