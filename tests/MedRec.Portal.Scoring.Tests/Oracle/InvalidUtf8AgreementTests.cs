extern alias oracle;

using System.Text;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;
using Old = oracle::MedRec.Portal.Scoring;

namespace MedRec.Portal.Scoring.Tests.Oracle;

/// <summary>
/// The fast readers no longer check a whole file's UTF-8 up front; they check each value where they use it and the
/// bytes of every key and value they skip. So a bad byte anywhere (an identifier, a label, a key or value nobody
/// reads, an ICD prediction) must still give exactly the old scorer's report or gold error.
/// </summary>
public sealed partial class OracleAgreementTests
{
    private const string CDrugRedGoldText =
        "{\"就诊标识\": \"1-1\", \"患者序号\": 1, \"备注\": \"正常文本\", \"出院带药列表\": [\"Drug03\", \"合成药物01片\"]}\n" +
        "{\"就诊标识\": \"1-2\", \"出院带药列表\": [\"Drug06\", {\"x\": \"嵌套文本\"}]}\n";

    private const string CDrugRedGoldClean =
        "{\"就诊标识\": \"1-1\", \"患者序号\": 1, \"备注\": \"正常文本\", \"出院带药列表\": [\"Drug03\", \"合成药物01片\"]}\n" +
        "{\"就诊标识\": \"1-2\", \"其他\": {\"x\": [\"嵌套文本\"]}, \"出院带药列表\": [\"Drug06\"]}\n";

    private const string CDrugRedSubmissionText =
        "[{\"ID\": \"1-1\", \"prediction\": [\"Drug03\"]},\n {\"ID\": \"1-2\", \"prediction\": [\"Drug06\", \"合成药物01片\"]}]";

    private const string IcdGoldText =
        "[{\"病案标识\": \"r1\", \"主要诊断编码\": \"I21.401\", \"其他诊断编码\": \"E11.900;E78.500\", \"备注\": \"文本\"},\n" +
        " {\"病案标识\": \"r2\", \"主要诊断编码\": \"I10.x00x032\", \"其他诊断编码\": \"合成;E78.500\", \"附加\": [\"嵌套\", {\"y\": \"值\"}]}]";

    private const string IcdSubmissionText =
        "[{\"病案标识\": \"r1\", \"预测结果\": \"[I21.401|E11.900;E78.500]\"},\n {\"Record_ID\": \"r2\", \"Prediction\": \"[I10.x00x032|E78.500]\"}]";

    // Not UTF-8: a stray byte, a lone continuation byte, a truncated sequence, an overlong '/', an encoded surrogate.
    private static readonly byte[][] BadSequences = [[0xFF], [0x80], [0xE5, 0x90], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];

    public static TheoryData<string, string> GoldPlaces() => new()
    {
        { "cdrugred", "1-1" }, { "cdrugred", "Drug03" }, { "cdrugred", "合成药物01片" }, { "cdrugred", "备注" },
        { "cdrugred", "正常文本" }, { "cdrugred", "嵌套文本" }, { "cdrugred", "患者序号" },
        { "cdrugred-clean", "嵌套文本" }, { "cdrugred-clean", "其他" }, { "cdrugred-clean", "Drug06" },
        { "icd", "r1" }, { "icd", "I21.401" }, { "icd", "E78.500" }, { "icd", "备注" }, { "icd", "文本" }, { "icd", "合成" },
        { "icd", "嵌套" }, { "icd", "值" }, { "icd", "附加" },
    };

    public static TheoryData<string, string> SubmissionPlaces() => new()
    {
        { "cdrugred", "1-1" }, { "cdrugred", "1-2" }, { "cdrugred", "Drug06" }, { "cdrugred", "合成药物01片" }, { "cdrugred", "prediction" },
        { "icd", "r1" }, { "icd", "r2" }, { "icd", "E11.900" }, { "icd", "I10.x00x032" }, { "icd", "预测结果" }, { "icd", "Record_ID" },
    };

    [Theory]
    [MemberData(nameof(GoldPlaces))]
    public void AGoldFileWithABadByteGetsTheOldScorersError(string file, string place)
    {
        var (task, oldTask) = Tasks(file);
        var text = file switch { "cdrugred" => CDrugRedGoldText, "cdrugred-clean" => CDrugRedGoldClean, _ => IcdGoldText };
        foreach (var bad in BadSequences)
        {
            var bytes = Inject(text, place, bad);
            var (gold, error) = Try(() => GoldSet.Read(task, new MemoryStream(bytes)));
            var (oldGold, oldError) = Try(() => Old.Gold.GoldSet.Read(oldTask, new MemoryStream(bytes)));
            error.ShouldBe(oldError, $"{file} {place} {Convert.ToHexString(bad)}");
            (gold is null).ShouldBe(oldGold is null);
            if (gold is not null && oldGold is not null)
            {
                GoldLabels(gold).ShouldBe(OldGoldLabels(oldGold));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SubmissionPlaces))]
    public async Task ASubmissionWithABadByteGetsTheOldScorersReport(string file, string place)
    {
        var (task, oldTask) = Tasks(file);
        var goldText = file == "icd" ? IcdGoldText.Replace("合成", "E10.900", StringComparison.Ordinal) : CDrugRedGoldClean;
        var gold = GoldSet.Read(task, Utf8(goldText));
        var oldGold = Old.Gold.GoldSet.Read(oldTask, Utf8(goldText));
        foreach (var bad in BadSequences)
        {
            var bytes = Inject(file == "icd" ? IcdSubmissionText : CDrugRedSubmissionText, place, bad);
            var because = $"{file} {place} {Convert.ToHexString(bad)}";
            var expected = OldDescribe(Old.SubmissionScorer.Score(oldTask, oldGold, new MemoryStream(bytes)).Report);
            Describe(SubmissionScorer.Score(task, gold, new MemoryStream(bytes)).Report).ShouldBe(expected, because);

            // The CLI's way, with the file's own identifiers first, and the fast reader alone.
            var together = await SubmissionScorer.ScoreAsync(task, Task.FromResult(gold), new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken);
            Describe(together.Report).ShouldBe(expected, because);
            Fast.FastSubmissionReader.TryRead(bytes, task, gold.Data.Ids, ScoringOptions.Default).ShouldBeNull(because);
        }
    }

    [Fact]
    public void TheCleanFilesOfTheBadByteTestsAreReadByTheFastReaders()
    {
        // Otherwise the tests above would only ever exercise the rule-by-rule readers.
        Fast.FastGoldReader.TryRead(Encoding.UTF8.GetBytes(CDrugRedGoldClean), Domain.Tasks.TaskKind.CDrugRed).ShouldNotBeNull();
        var icdGold = IcdGoldText.Replace("合成", "E10.900", StringComparison.Ordinal);
        Fast.FastGoldReader.TryRead(Encoding.UTF8.GetBytes(icdGold), Domain.Tasks.TaskKind.Icd).ShouldNotBeNull();
        var cdrugred = GoldSet.Read(NewCDrugRed, Utf8(CDrugRedGoldClean));
        Fast.FastSubmissionReader.TryRead(Encoding.UTF8.GetBytes(CDrugRedSubmissionText), NewCDrugRed, cdrugred.Data.Ids, ScoringOptions.Default).ShouldNotBeNull();
        var icd = GoldSet.Read(IcdTaskDefinition.Instance, Utf8(icdGold));
        Fast.FastSubmissionReader.TryRead(Encoding.UTF8.GetBytes(IcdSubmissionText), IcdTaskDefinition.Instance, icd.Data.Ids, ScoringOptions.Default).ShouldNotBeNull();
    }

    private static (TaskDefinition Task, Old.Tasks.TaskDefinition OldTask) Tasks(string file) =>
        file.StartsWith("icd", StringComparison.Ordinal) ? (IcdTaskDefinition.Instance, Old.Tasks.IcdTaskDefinition.Instance) : (NewCDrugRed, OldCDrugRed);

    // The bytes of text with bad inserted after the first character of the first occurrence of place.
    private static byte[] Inject(string text, string place, byte[] bad)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, place);
        var before = Encoding.UTF8.GetBytes(text[..(at + 1)]);
        var after = Encoding.UTF8.GetBytes(text[(at + 1)..]);
        return [.. before, .. bad, .. after];
    }
}
