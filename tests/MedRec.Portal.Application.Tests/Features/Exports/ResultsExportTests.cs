using ClosedXML.Excel;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Exports;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Exports;

/// <summary>The organisers' results export, built from a real database and read back with ClosedXML and a CSV reader.</summary>
public sealed class ResultsExportTests
{
    private static readonly string[] BoardHeaders =
        ["Rank", "Team", "Score", "Jaccard", "F1", "Precision", "Recall", "Submissions", "Submitted at (UTC)", "Baseline", "Score overridden"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WorkbookHasABoardSheetPerPhaseAndTheLedgers(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        var file = await world.ExportAsync(ExportFormat.Xlsx);

        file.FileName.ShouldBe("cdrugred-results-20250610-0406.xlsx");
        file.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = Open(file);
        book.Worksheets.Select(w => w.Name).ShouldBe(["About", "A live board", "A latest snapshot", "Submissions", "Quota ledger", "Audit log"]);
        foreach (var sheet in book.Worksheets)
        {
            sheet.SheetView.SplitRow.ShouldBe(1, $"header row of {sheet.Name} is frozen");
            sheet.Row(1).Cell(1).Style.Font.Bold.ShouldBeTrue(sheet.Name);
            sheet.Row(1).Cell(1).Style.Fill.BackgroundColor.ShouldBe(XlsxWriter.HeaderFill, sheet.Name);
            sheet.PageSetup.PagesWide.ShouldBe(1, $"{sheet.Name} prints one page wide");
            sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape);
            sheet.AutoFilter.IsEnabled.ShouldBeTrue(sheet.Name);
            sheet.Row(1).Cell(1).Style.Border.BottomBorder.ShouldBe(XLBorderStyleValues.Thin, sheet.Name);
            sheet.PageSetup.FirstRowToRepeatAtTop.ShouldBe(1, $"{sheet.Name} repeats its header on every printed page");
            sheet.PageSetup.LastRowToRepeatAtTop.ShouldBe(1, sheet.Name);
        }

        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file.Content), isEditable: false);
        var formats = package.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToList();
        formats.ShouldAllBe(f => !string.IsNullOrEmpty(f.FormatCode!.Value), "no placeholder formats a strict reader would flag");
        formats.Select(f => f.FormatCode!.Value).ShouldContain(XlsxWriter.MetricFormat);

        // The names Excel itself writes for a filtered, printable sheet: the filter's table (hidden) and the print titles.
        var names = package.WorkbookPart.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>().ToList();
        var liveBoard = names.Where(n => n.LocalSheetId?.Value == 1).ToDictionary(n => n.Name!.Value!, n => n);
        liveBoard["_xlnm._FilterDatabase"].Text.ShouldBe("'A live board'!$A$1:$K$4");
        liveBoard["_xlnm._FilterDatabase"].Hidden!.Value.ShouldBeTrue();
        liveBoard["_xlnm.Print_Titles"].Text.ShouldBe("'A live board'!$1:$1");
        names.Count(n => n.Name!.Value == "_xlnm._FilterDatabase").ShouldBe(book.Worksheets.Count, "one filter range per sheet");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LiveBoardSheetRanksTeamsShowsMetricsWithFourDecimalsAndFlagsBaselines(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));
        var sheet = book.Worksheet("A live board");

        Headers(sheet).ShouldBe(BoardHeaders);
        Column(sheet, 2).ShouldBe([ExportWorld.FormulaTeam, ExportWorld.ChineseTeam, ExportWorld.BaselineName]);
        sheet.Cell(2, 1).GetValue<int>().ShouldBe(1);
        sheet.Cell(3, 1).GetValue<int>().ShouldBe(2);
        sheet.Cell(4, 1).IsEmpty().ShouldBeTrue("baselines have no rank");
        sheet.Cell(2, 3).GetDouble().ShouldBe(0.9);
        sheet.Cell(3, 3).GetDouble().ShouldBe(0.8);
        sheet.Cell(3, 4).GetDouble().ShouldBe(0.75);
        sheet.Cell(3, 5).GetDouble().ShouldBe(0.85);
        sheet.Cell(3, 3).Style.NumberFormat.Format.ShouldBe("0.0000");
        sheet.Cell(2, 4).Style.NumberFormat.Format.ShouldBe(XlsxWriter.MetricFormat);
        sheet.Cell(3, 9).Style.NumberFormat.Format.ShouldBe(XlsxWriter.DateTimeFormat);
        sheet.Cell(2, 8).GetValue<int>().ShouldBe(2, "submissions of the team");
        sheet.Cell(3, 9).GetDateTime().ShouldBe(BoardWorldStart);
        Column(sheet, 10).ShouldBe(["no", "no", "yes"]);
        sheet.Cell(4, 2).Style.Fill.BackgroundColor.ShouldBe(XlsxWriter.HighlightFill);
        sheet.Cell(4, 2).Style.Font.Italic.ShouldBeTrue();
        sheet.Cell(4, 1).Style.Fill.BackgroundColor.ShouldBe(XlsxWriter.HighlightFill, "the highlight spans the row, empty rank included");
        sheet.Cell(2, 2).Style.Fill.BackgroundColor.ShouldNotBe(XlsxWriter.HighlightFill);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SnapshotSheetKeepsTheBoardAsItWasWhenTaken(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));
        var snapshot = book.Worksheet("A latest snapshot");

        Headers(snapshot).ShouldBe(BoardHeaders);
        Column(snapshot, 2).ShouldBe([ExportWorld.ChineseTeam, ExportWorld.BaselineName, ExportWorld.FormulaTeam]);
        snapshot.Cell(4, 3).GetDouble().ShouldBe(0.123456789);
        snapshot.Cell(4, 3).Style.NumberFormat.Format.ShouldBe(XlsxWriter.MetricFormat);
        var about = book.Worksheet("About");
        Column(about, 2).ShouldContain(v => v.StartsWith("Manual, as of 2025-06-10 04:03:00 UTC", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SubmissionsSheetListsEverySubmissionInUtcAndThePhaseZone(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));
        var sheet = book.Worksheet("Submissions");

        Headers(sheet).ShouldBe([
            "Phase", "Team", "Submitted by", "Email", "Submitted at (UTC)", "Submitted at (phase zone)", "Time zone", "Quota day", "Status", "Counted",
            "Score", "Jaccard", "F1", "Precision", "Recall", "Scored at (UTC)", "Selected for final", "File name", "SHA-256", "Description", "Quota note",
            "Failure reason", "Submission id"]);
        Column(sheet, 2).ShouldBe([ExportWorld.ChineseTeam, ExportWorld.FormulaTeam, ExportWorld.FormulaTeam]);
        sheet.Cell(2, 3).GetString().ShouldBe("lead-0");
        sheet.Cell(2, 4).GetString().ShouldBe("lead-0@test.medrec");
        sheet.Cell(2, 5).GetDateTime().ShouldBe(BoardWorldStart);
        sheet.Cell(2, 6).GetDateTime().ShouldBe(BoardWorldStart.AddHours(8), "Asia/Shanghai is UTC+8");
        sheet.Cell(2, 6).Style.NumberFormat.Format.ShouldBe(XlsxWriter.DateTimeFormat);
        sheet.Cell(2, 8).GetDateTime().ShouldBe(new DateTime(2025, 6, 10));
        sheet.Cell(2, 8).Style.NumberFormat.Format.ShouldBe(XlsxWriter.DateFormat);
        sheet.Cell(2, 7).GetString().ShouldBe("Asia/Shanghai");
        sheet.Cell(2, 9).GetString().ShouldBe("scored");
        sheet.Cell(2, 10).GetString().ShouldBe("yes");
        sheet.Cell(2, 13).GetDouble().ShouldBe(0.85);
        sheet.Cell(2, 13).Style.NumberFormat.Format.ShouldBe(XlsxWriter.MetricFormat);
        sheet.Cell(2, 19).GetString().ShouldBe(new string('a', 64));
        sheet.Cell(2, 2).HasFormula.ShouldBeFalse();
        sheet.Cell(3, 2).HasFormula.ShouldBeFalse("a team name that looks like a formula stays text");
        sheet.Cell(3, 2).GetString().ShouldBe(ExportWorld.FormulaTeam);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task QuotaAndAuditSheetsRecordGrantsSnapshotsAndEarlierExports(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);
        await world.ExportAsync(ExportFormat.CsvZip);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));

        var quota = book.Worksheet("Quota ledger");
        Headers(quota).ShouldBe(["Phase", "Team", "Time (UTC)", "Time (phase zone)", "Time zone", "Quota day", "Kind", "Extra attempts", "Reason", "By", "Submission id"]);
        var grant = quota.RowsUsed().Skip(1).Single(r => r.Cell(7).GetString() == "grant");
        grant.Cell(2).GetString().ShouldBe(ExportWorld.ChineseTeam);
        grant.Cell(8).GetValue<int>().ShouldBe(2);
        grant.Cell(9).GetString().ShouldBe("服务器故障补偿");
        grant.Cell(10).GetString().ShouldBe("organizer");

        var audit = book.Worksheet("Audit log");
        Headers(audit).ShouldBe(["Time (UTC)", "By", "Email", "Action", "Entity type", "Entity id", "Before (JSON)", "After (JSON)"]);
        var actions = Column(audit, 4);
        actions.ShouldContain("task.created");
        actions.ShouldContain("gold.uploaded");
        actions.ShouldContain("board.snapshot-taken");
        actions.ShouldContain("quota.attempts-granted");
        actions.ShouldContain("board.exported", "the earlier CSV export is on record");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task EveryExportIsAudited(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        var file = await world.ExportAsync(ExportFormat.Xlsx);

        await using var db = await host.OpenAsync();
        var exported = await db.AuditEvents.SingleAsync(e => e.Action == "board.exported", Ct);
        exported.ActorUserId.ShouldBe(world.Board.Organizer.UserId);
        exported.EntityId.ShouldBe(world.Board.TaskId.ToString());
        exported.AfterJson.ShouldNotBeNull().ShouldContain(file.FileName);
    }

    [Fact]
    public async Task HeadersAndSheetNamesFollowTheChosenLanguage()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx, "zh-CN"));

        book.Worksheets.Select(w => w.Name).ShouldBe(["说明", "A 实时榜", "A 最新快照", "提交记录", "配额记录", "审计日志"]);
        var board = book.Worksheet("A 实时榜");
        Headers(board).Take(3).ShouldBe(["排名", "队伍", "Score"]);
        Column(board, 10).ShouldBe(["否", "否", "是"]);
        book.Worksheet("提交记录").Cell(2, 9).GetString().ShouldBe("已评分");
        // The notes name the snapshot's kind in Chinese too, not "Manual" or "Freeze".
        var notes = book.Worksheet("说明").RangeUsed()!.CellsUsed().Select(c => c.GetString()).ToList();
        notes.ShouldContain(v => v.StartsWith("手动快照，截至", StringComparison.Ordinal));
        notes.ShouldAllBe(v => !v.Contains("Manual", StringComparison.Ordinal) && !v.Contains("Freeze", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ColumnsAreWideEnoughForChineseTeamNames()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));
        var board = book.Worksheet("A latest snapshot");

        // Nine Chinese characters are 18 Latin widths; the formula-like name is 33 characters.
        board.Column(2).Width.ShouldBeGreaterThanOrEqualTo(DisplayWidth.Of(ExportWorld.FormulaTeam));
        board.Column(2).Width.ShouldBe(DisplayWidth.Column(DisplayWidth.Of(ExportWorld.FormulaTeam)), 0.001, "the widest value sets the width");
        var onlyChinese = book.Worksheet("Quota ledger");
        onlyChinese.Column(2).Width.ShouldBeGreaterThanOrEqualTo(2 * ExportWorld.ChineseTeam.Length);
        onlyChinese.Column(9).Width.ShouldBeGreaterThanOrEqualTo(2 * "服务器故障补偿".Length);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CsvZipHoldsTheSameTablesAsUtf8WithBomAndFullPrecision(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await ExportWorld.CreateAsync(host);

        var file = await world.ExportAsync(ExportFormat.CsvZip);

        file.FileName.ShouldBe("cdrugred-results-20250610-0406-csv.zip");
        file.ContentType.ShouldBe("application/zip");
        var csv = CsvFiles.ReadZip(file.Content);
        csv.Keys.ShouldBe(["01-about.csv", "02-board-A-live.csv", "03-board-A-snapshot.csv", "04-submissions.csv", "05-quota-ledger.csv", "06-audit-log.csv"]);
        csv.Values.ShouldAllBe(f => f.HasBom);

        var live = csv["02-board-A-live.csv"].Rows;
        live[0].ShouldBe(BoardHeaders);
        live.Skip(1).Select(r => r[1]).ShouldBe(["'" + ExportWorld.FormulaTeam, ExportWorld.ChineseTeam, ExportWorld.BaselineName]);
        live[2][0].ShouldBe("2");
        live[2][2].ShouldBe("0.8");
        live[3][0].ShouldBe("", "baselines have no rank");
        live[3][9].ShouldBe("yes");
        live[2][8].ShouldBe("2025-06-10 04:00:00");

        var snapshot = csv["03-board-A-snapshot.csv"].Rows;
        snapshot[3][2].ShouldBe("0.123456789", "CSV keeps full precision");
        var submissions = csv["04-submissions.csv"].Rows;
        submissions.Count.ShouldBe(4);
        submissions[1][5].ShouldBe("2025-06-10 12:00:00");
        submissions[1][7].ShouldBe("2025-06-10");
    }

    [Fact]
    public async Task GoldLabelsNeverAppearInEitherFormat()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var world = await ExportWorld.CreateAsync(host);

        using var book = Open(await world.ExportAsync(ExportFormat.Xlsx));
        var csv = CsvFiles.ReadZip((await world.ExportAsync(ExportFormat.CsvZip)).Content);

        var cells = book.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
        cells.ShouldContain("gold.uploaded", "the upload itself is on record");
        cells.ShouldAllBe(text => !text.Contains(ExportWorld.GoldOnlyDrug));
        csv.Values.SelectMany(f => f.Rows).SelectMany(r => r).ShouldAllBe(text => !text.Contains(ExportWorld.GoldOnlyDrug));
    }

    [Fact]
    public async Task ParticipantsCannotExportAndUnknownTasksAreNotFound()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var world = await ExportWorld.CreateAsync(host);

        (await host.Send(new ExportResultsCommand(world.Board.Leader(ExportWorld.ChineseTeam), world.Board.TaskId, ExportFormat.Xlsx), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ExportResultsCommand(world.Board.Organizer, Guid.NewGuid(), ExportFormat.Xlsx), Ct)).ShouldFailWith(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task TaskWithoutPhasesOrSubmissionsStillExports()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer);

        var file = (await host.Send(new ExportResultsCommand(organizer, taskId, ExportFormat.Xlsx), Ct)).ShouldSucceed();

        using var book = Open(file);
        book.Worksheets.Select(w => w.Name).ShouldBe(["About", "Submissions", "Quota ledger", "Audit log"]);
        book.Worksheet("Submissions").RowsUsed().Count().ShouldBe(1, "just the header");
    }

    private static DateTime BoardWorldStart { get; } = new(2025, 6, 10, 4, 0, 0);

    internal static XLWorkbook Open(ExportFile file) => new(new MemoryStream(file.Content));

    private static string[] Headers(IXLWorksheet sheet) => [.. sheet.Row(1).CellsUsed().Select(c => c.GetString())];

    private static string[] Column(IXLWorksheet sheet, int column) =>
        [.. sheet.RowsUsed().Skip(1).Select(r => r.Cell(column).GetString())];
}
