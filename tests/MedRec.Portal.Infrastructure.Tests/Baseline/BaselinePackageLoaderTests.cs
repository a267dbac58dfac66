using System.Text.Json.Nodes;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Packages;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class BaselinePackageLoaderTests
{
    private static BaselinePackageLoadResult Load(string directory, BaselinePackageExpectation expectation)
    {
        using var cache = TestPackages.NewCache();
        return new BaselinePackageLoader(cache).Load(directory, expectation);
    }

    private static BaselinePackageError SingleError(BaselinePackageLoadResult result, BaselinePackageErrorCode code)
    {
        result.IsValid.ShouldBeFalse();
        result.Package.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        return error;
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void AcceptsTheDemoPackageForItsTask(TaskKind task)
    {
        var result = Load(TestPackages.DemoDirectory(task), TestPackages.Expectation(task));

        result.Errors.ShouldBeEmpty();
        result.Package!.Task.ShouldBe(task);
        result.Package.Hash.Length.ShouldBe(64);
    }

    [Fact]
    public void RejectsAMissingGraphFileNamingIt()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        File.Delete(copy.PathOf("model.onnx"));

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.MissingFile).Message.ShouldContain("model.onnx");
    }

    [Fact]
    public void RejectsAFolderWithoutManifest()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        File.Delete(copy.PathOf("model.json"));

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.MissingFile).Message.ShouldContain("model.json");
    }

    [Fact]
    public void RejectsAPackageOfTheOtherTask()
    {
        var error = SingleError(Load(TestPackages.DemoDirectory(TaskKind.Icd), BaselinePackageExpectation.ForCDrugRed(TestPackages.DemoCandidates())), BaselinePackageErrorCode.TaskMismatch);

        error.Message.ShouldContain("Icd model");
        error.Message.ShouldContain("CDrugRed phase");
    }

    [Fact]
    public void RejectsACDrugRedModelWhoseLabelCountDiffersFromThePhasesCandidateList()
    {
        var candidates = TestPackages.DemoCandidates().Skip(1).ToArray();

        var error = SingleError(Load(TestPackages.DemoDirectory(TaskKind.CDrugRed), BaselinePackageExpectation.ForCDrugRed(candidates)), BaselinePackageErrorCode.LabelMismatch);

        error.Message.ShouldContain($"has {candidates.Length + 1} labels");
        error.Message.ShouldContain($"has {candidates.Length}");
    }

    [Fact]
    public void RejectsACDrugRedModelWithADrugOutsideTheCandidateListNamingIt()
    {
        var candidates = TestPackages.DemoCandidates().ToArray();
        var renamed = candidates[0];
        candidates[0] = "不在模型里的药";

        var error = SingleError(Load(TestPackages.DemoDirectory(TaskKind.CDrugRed), BaselinePackageExpectation.ForCDrugRed(candidates)), BaselinePackageErrorCode.LabelMismatch);

        error.Message.ShouldContain(renamed);
    }

    [Fact]
    public void RejectsAnIcdModelWithoutTheTasks53AdditionalCodes()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["labels"]!["additional"]!.AsArray().RemoveAt(52));

        var result = Load(copy.Directory, BaselinePackageExpectation.ForIcd());

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == BaselinePackageErrorCode.LabelMismatch && e.Message.Contains("52 labels", StringComparison.Ordinal) && e.Message.Contains("53", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsAGraphWhoseInputLengthDiffersFromTheManifest()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["input"]!["maxLength"] = 100);

        var error = SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.InputMismatch);

        error.Message.ShouldContain("[batch, 100]");
    }

    [Fact]
    public void RejectsAGraphWithoutTheDeclaredOutput()
    {
        using var copy = new PackageCopy(TaskKind.CDrugRed);
        copy.EditManifest(m => m["onnx"]!["outputs"]![0]!["name"] = "logits");

        var error = SingleError(Load(copy.Directory, TestPackages.Expectation(TaskKind.CDrugRed)), BaselinePackageErrorCode.OutputMismatch);

        error.Message.ShouldContain("no output \"logits\"");
    }

    [Fact]
    public void RejectsADeclaredOutputShapeThatDoesNotFitTheLabels()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["onnx"]!["outputs"]![1]!["shape"] = new JsonArray("batch", 50));

        var result = Load(copy.Directory, BaselinePackageExpectation.ForIcd());

        result.Errors.ShouldContain(e => e.Code == BaselinePackageErrorCode.OutputMismatch && e.Message.Contains("[batch, 53]", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsBytesThatAreNotAnOnnxGraph()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        File.WriteAllText(copy.PathOf("model.onnx"), "not a graph");

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.ModelLoadFailed).Message.ShouldContain("ONNX Runtime cannot load");
    }

    [Fact]
    public void RejectsAnUnknownFormatVersion()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["formatVersion"] = 2);

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.UnsupportedFormatVersion).Message.ShouldContain("version 1");
    }

    [Fact]
    public void RejectsAManifestThatIsNotJson()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        File.WriteAllText(copy.PathOf("model.json"), "{ \"formatVersion\": 1,");

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.InvalidManifest).Message.ShouldContain("model.json");
    }

    [Fact]
    public void RejectsAVocabularyOfTheWrongSize()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["tokenizer"]!["vocabularySize"] = 5);

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.InvalidVocabulary).Message.ShouldContain("says 5");
    }

    [Fact]
    public void RejectsADecodingRuleWithMinimumAboveMaximum()
    {
        using var copy = new PackageCopy(TaskKind.CDrugRed);
        copy.EditManifest(m =>
        {
            m["decoding"]!["minCount"] = 9;
            m["decoding"]!["maxCount"] = 3;
        });

        SingleError(Load(copy.Directory, TestPackages.Expectation(TaskKind.CDrugRed)), BaselinePackageErrorCode.InvalidDecoding).Message.ShouldContain("minCount (9)");
    }

    [Fact]
    public void RejectsAPackageThatNoLongerReproducesItsExportTimeOutputs()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m =>
        {
            var values = m["parity"]!["cases"]![1]!["outputs"]!["primary_probabilities"]!.AsArray();
            values[0] = values[0]!.GetValue<double>() + 0.01;
        });

        var error = SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.ParityMismatch);

        error.Message.ShouldContain("primary_probabilities");
    }

    [Fact]
    public void RejectsAPackageWhoseTokenizerDisagreesWithTheTrainer()
    {
        using var copy = new PackageCopy(TaskKind.Icd);
        copy.EditManifest(m => m["input"]!["listSeparator"] = ";");

        SingleError(Load(copy.Directory, BaselinePackageExpectation.ForIcd()), BaselinePackageErrorCode.ParityMismatch).Message.ShouldContain("tokenizer");
    }
}
