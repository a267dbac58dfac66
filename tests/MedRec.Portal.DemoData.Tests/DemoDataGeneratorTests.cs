using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.DemoData.Tests;

public sealed class DemoDataGeneratorTests
{
    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void SameSeedGivesByteIdenticalFiles(TaskKind task)
    {
        var options = new DemoDataOptions { Records = 30, Seed = 11 };
        var first = DemoDataGenerator.Generate(task, options);
        var second = DemoDataGenerator.Generate(task, options);

        first.Files.Count.ShouldBe(second.Files.Count);
        for (var i = 0; i < first.Files.Count; i++)
        {
            first.Files[i].FileName.ShouldBe(second.Files[i].FileName);
            first.Files[i].Content.ToArray().ShouldBe(second.Files[i].Content.ToArray(), $"{first.Files[i].FileName} differs between runs");
        }
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void DifferentSeedsGiveDifferentRecords(TaskKind task)
    {
        var a = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 20, Seed = 1 });
        var b = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 20, Seed = 2 });

        a[DemoFileRole.Gold].Content.ToArray().ShouldNotBe(b[DemoFileRole.Gold].Content.ToArray());
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void ChangingTheTrainingSizeLeavesThePhaseTextUnchanged(TaskKind task)
    {
        var small = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 15, TrainRecords = 10, Seed = 5 });
        var large = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = 15, TrainRecords = 50, Seed = 5 });

        // Identifiers continue after the training split, so compare the records without them.
        var smallRecords = DemoTestData.Records(small, DemoFileRole.Gold).Select(DemoTestData.TextOf).ToList();
        var largeRecords = DemoTestData.Records(large, DemoFileRole.Gold).Select(DemoTestData.TextOf).ToList();
        smallRecords.ShouldBe(largeRecords);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed, 7, null, 28)]
    [InlineData(TaskKind.Icd, 9, null, 36)]
    [InlineData(TaskKind.Icd, 9, 3, 3)]
    [InlineData(TaskKind.CDrugRed, 4, 0, 0)]
    public void GeneratesTheRequestedCountsWithFourTrainingRecordsPerInputByDefault(TaskKind task, int records, int? train, int expectedTrain)
    {
        var data = DemoDataGenerator.Generate(task, new DemoDataOptions { Records = records, TrainRecords = train, Seed = 3 });

        DemoTestData.Records(data, DemoFileRole.Inputs).Count.ShouldBe(records);
        DemoTestData.Records(data, DemoFileRole.Gold).Count.ShouldBe(records);
        DemoTestData.Records(data, DemoFileRole.Train).Count.ShouldBe(expectedTrain);
        data.InputIds.Count.ShouldBe(records);
    }

    [Theory]
    [InlineData(0, null, "Records")]
    [InlineData(-3, null, "Records")]
    [InlineData(5, -1, "TrainRecords")]
    [InlineData(DemoDataOptions.MaxRecords + 1, null, "Records")]
    public void RejectsOutOfRangeCountsNamingTheOption(int records, int? train, string option)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() =>
            DemoDataGenerator.Generate(TaskKind.Icd, new DemoDataOptions { Records = records, TrainRecords = train }));

        error.ParamName.ShouldBe(option);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void WritesEveryFileAndASyntheticDataReadmeIntoTheDirectory(TaskKind task)
    {
        var directory = Path.Combine(Path.GetTempPath(), "medrec-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = DemoDataGenerator.Write(task, Path.Combine(directory, "nested"), new DemoDataOptions { Records = 5, Seed = 9 });

            paths.Select(Path.GetFileName).ShouldBe(DemoDataGenerator.FileNames(task));
            paths.ShouldAllBe(p => File.Exists(p) && new FileInfo(p).Length > 0);
            var readme = File.ReadAllText(paths.Single(p => p.EndsWith("README.md", StringComparison.Ordinal)));
            readme.ShouldContain("SYNTHETIC DEMO DATA");
            readme.ShouldContain("seed 9");
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void IcdHasNoCandidateFile()
    {
        var data = DemoDataGenerator.Generate(TaskKind.Icd, new DemoDataOptions { Records = 3 });

        data.Has(DemoFileRole.Candidates).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => data[DemoFileRole.Candidates]).Message.ShouldContain("Candidates");
    }

    [Fact]
    public void OpenReadStreamsTheFileBytes()
    {
        var data = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = 3 });
        var file = data[DemoFileRole.Inputs];

        using var stream = file.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().ShouldBe(file.Content.ToArray());
        stream.CanWrite.ShouldBeFalse();
    }
}
