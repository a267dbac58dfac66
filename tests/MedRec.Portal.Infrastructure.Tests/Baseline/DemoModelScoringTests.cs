using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

/// <summary>The demo models on the demo phase data: the submission passes the Scoring library's validator and beats the trivial baseline.</summary>
public sealed class DemoModelScoringTests
{
    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public async Task DemoModelSubmissionIsAcceptedAndBeatsAlwaysTheMostFrequentLabels(TaskKind task)
    {
        var demo = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 100 });
        TaskDefinition definition = task == TaskKind.CDrugRed
            ? CDrugRedTaskDefinition.Load(demo[DemoFileRole.Candidates].OpenRead())
            : IcdTaskDefinition.Instance;
        var expectation = task == TaskKind.CDrugRed
            ? BaselinePackageExpectation.ForCDrugRed(((CDrugRedTaskDefinition)definition).CandidateDrugs)
            : BaselinePackageExpectation.ForIcd();
        using var cache = TestPackages.NewCache();
        var load = new BaselinePackageLoader(cache).Load(TestPackages.DemoDirectory(task), expectation);
        load.Errors.ShouldBeEmpty();
        var records = BaselineInputRecord.ReadAll(demo[DemoFileRole.Inputs].OpenRead(), definition.DatasetIdKey);

        var submission = await new BaselineRunner(cache).PredictAsync(load.Package!, records, cancellationToken: TestContext.Current.CancellationToken);

        var gold = GoldSet.Read(definition, demo[DemoFileRole.Gold].OpenRead());
        var outcome = SubmissionScorer.Score(definition, gold, new MemoryStream(submission.Json));
        var scored = outcome.ShouldBeOfType<ScoredSubmission>(string.Join("; ", outcome.Report.Errors.Select(e => e.ToString())));
        var trivial = TrivialScore(load.Package!, task);
        scored.Result.Metrics.Primary.ShouldBeGreaterThan(trivial);
    }

    // The manifest records the always-top-k baseline on the trainer's held-out split.
    private static double TrivialScore(BaselinePackage package, TaskKind task)
    {
        var best = package.Manifest.TrivialBaseline!.Value.GetProperty("best");
        return best.GetProperty(task == TaskKind.CDrugRed ? "Score" : "Acc").GetDouble();
    }
}
