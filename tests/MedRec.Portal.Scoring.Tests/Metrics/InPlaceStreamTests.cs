using System.Runtime.InteropServices;
using System.Text;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Tests.Oracle;

namespace MedRec.Portal.Scoring.Tests.Metrics;

/// <summary>
/// The CLI hands the scorer its files as UnmanagedMemoryStreams over mapped memory, which are read in place instead
/// of copied: every outcome (scored, rejected, over the size limit, a bad gold) and the stream's position afterwards
/// are those of the same bytes in a MemoryStream.
/// </summary>
public sealed unsafe class InPlaceStreamTests
{
    private static readonly CDrugRedTaskDefinition Task = new(RandomFiles.Drugs);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AFileReadInPlaceGetsTheSameOutcomeAsItsCopy(int seed)
    {
        var files = new RandomFiles(seed) { FlawRate = seed % 2 == 0 ? 0 : 0.02 };
        var goldBytes = Encoding.UTF8.GetBytes(files.CDrugRedGold(40, jsonLines: seed % 3 == 0));
        var submissionBytes = Encoding.UTF8.GetBytes(files.CDrugRedSubmission(40));
        var (gold, goldError) = InPlace(goldBytes, stream => TryRead(stream));
        var (copyGold, copyGoldError) = TryRead(new MemoryStream(goldBytes));
        goldError.ShouldBe(copyGoldError);
        if (gold is null || copyGold is null)
        {
            return;
        }

        gold.Ids.ShouldBe(copyGold.Ids);
        foreach (var limit in new long[] { ScoringOptions.DefaultMaxBytes, submissionBytes.Length, submissionBytes.Length - 1 })
        {
            var options = new ScoringOptions { MaxBytes = limit };
            using var copy = new MemoryStream(submissionBytes);
            var expected = Describe(SubmissionScorer.Score(Task, copyGold, copy, options));
            InPlace(submissionBytes, stream =>
            {
                Describe(SubmissionScorer.Score(Task, gold, stream, options)).ShouldBe(expected, $"limit {limit}");
                stream.Position.ShouldBe(copy.Position, $"limit {limit}");
                return 0;
            });
            InPlace(submissionBytes, stream =>
            {
                var together = SubmissionScorer.ScoreAsync(Task, System.Threading.Tasks.Task.FromResult<GoldSet>(gold), stream, options).AsTask().GetAwaiter().GetResult();
                Describe(together).ShouldBe(expected, $"limit {limit}, with the gold");
                return 0;
            });
        }
    }

    [Fact]
    public void OnlyTheRestOfTheStreamFromItsPositionIsRead()
    {
        var submission = Encoding.UTF8.GetBytes("""[{"ID": "1-1", "prediction": ["Drug03"]}]""");
        var gold = GoldSet.Read(Task, new MemoryStream(Encoding.UTF8.GetBytes("""{"就诊标识": "1-1", "出院带药列表": ["Drug03"]}""")));
        byte[] prefixed = [.. "garbage"u8, .. submission];
        InPlace(prefixed, stream =>
        {
            stream.Position = 7;
            SubmissionScorer.Score(Task, gold, stream).ShouldBeOfType<ScoredSubmission>().Result.Metrics[0].Value.ShouldBe(1.0);
            return 0;
        });
    }

    private static T InPlace<T>(byte[] bytes, Func<UnmanagedMemoryStream, T> use)
    {
        var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            using var stream = new UnmanagedMemoryStream((byte*)handle.AddrOfPinnedObject(), bytes.Length);
            return use(stream);
        }
        finally
        {
            handle.Free();
        }
    }

    private static (GoldSet? Gold, string? Error) TryRead(Stream stream)
    {
        try
        {
            return (GoldSet.Read(Task, stream), null);
        }
        catch (MedRec.Portal.Scoring.Datasets.DatasetFormatException exception)
        {
            return (null, $"{exception.Message} @{exception.RecordNumber}:{exception.Line}:{exception.Column}");
        }
    }

    private static List<string> Describe(ScoringOutcome outcome) =>
    [
        outcome.GetType().Name,
        $"{outcome.Report.ErrorCount} errors, {outcome.Report.WarningCount} warnings, {outcome.Report.RecordCount} records",
        .. outcome.Report.Errors.Concat(outcome.Report.Warnings).Select(i => $"{i.Code}|{i.Message}|{i.RecordNumber}|{i.Line}|{i.Column}"),
        .. outcome is ScoredSubmission scored ? scored.Result.Metrics.Select(m => $"{m.Key}={m.Value:R}") : [],
    ];
}
