using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Application.Features.Leaderboards.Snapshots;
using MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Application.Tests.Features.Leaderboards;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Exports;

/// <summary>
/// A board with a Chinese-named team, a team whose name looks like a formula, a baseline, a snapshot, a quota
/// grant and a gold file holding a drug name found in no exported record, so an export can be checked for all of them.
/// </summary>
internal sealed class ExportWorld
{
    public const string ChineseTeam = "华西医院临床智能队";
    public const string FormulaTeam = "=HYPERLINK(\"http://evil\",\"x\")";
    public const string BaselineName = "基线 (BERT)";

    /// <summary>
    /// A label only the gold file (and the candidate list, which is no part of an export either) holds: an export
    /// containing it would leak gold.
    /// </summary>
    public const string GoldOnlyDrug = "硝酸甘油片";

    private ExportWorld(BoardWorld board) => Board = board;

    public BoardWorld Board { get; }

    public PortalTestHost Host => Board.Host;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ExportWorld> CreateAsync(PortalTestHost host)
    {
        var board = await BoardWorld.CreateAsync(host, ChineseTeam, FormulaTeam);
        var world = new ExportWorld(board);
        var organizer = board.Organizer;
        (await host.Send(new UploadDatasetCommand(organizer, board.TaskId, null, DatasetFileKind.CandidateList, "candidates.json", SyntheticFiles.CandidateList), Ct)).ShouldSucceed();
        (await host.Send(new UploadDatasetCommand(organizer, board.TaskId, board.PhaseId, DatasetFileKind.Inputs, "inputs.json", SyntheticFiles.CDrugRedInputs), Ct)).ShouldSucceed();
        var gold = SyntheticFiles.Utf8($$"""
            {"就诊标识": "v1", "出院带药列表": ["{{GoldOnlyDrug}}"]}
            {"就诊标识": "v2", "出院带药列表": ["美托洛尔缓释片"]}
            """);
        (await host.Send(new UploadDatasetCommand(organizer, board.TaskId, board.PhaseId, DatasetFileKind.Gold, "gold.jsonl", gold), Ct)).ShouldSucceed();

        await board.ScoreAsync(ChineseTeam, 0.8, f1: 0.85, jaccard: 0.75);
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await board.ScoreAsync(FormulaTeam, 0.123456789);
        await using (var db = await host.OpenAsync())
        {
            db.Baselines.Add(new BaselineEntry(Guid.CreateVersion7(), board.TaskId, board.PhaseId, BaselineName, new("b.json", new string('b', 64), 2, 10, 5), [1], 0.5, "{\"score\":0.5,\"jaccard\":0.4,\"f1\":0.6,\"precision\":0.5,\"recall\":0.5}", "1.0.0", organizer.UserId, host.Clock.UtcNow));
            await db.SaveChangesAsync(Ct);
        }

        (await host.Send(new TakeSnapshotCommand(organizer, board.PhaseId), Ct)).ShouldSucceed();
        (await host.Send(new GrantExtraAttemptsCommand(organizer, board.PhaseId, board.Team(ChineseTeam), 2, "服务器故障补偿"), Ct)).ShouldSucceed();

        // Scored after the snapshot: on the live board, not in the snapshot.
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await board.ScoreAsync(FormulaTeam, 0.9);
        return world;
    }

    public async Task<ExportFile> ExportAsync(ExportFormat format, string language = "en") =>
        (await Host.Send(new ExportResultsCommand(Board.Organizer, Board.TaskId, format, language), Ct)).ShouldSucceed();
}
