using ClosedXML.Excel;
using MedRec.Portal.Application.Features.Analysis.ExportAnalysis;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Analysis;

/// <summary>The "Analysis" workbook, written by the portal's writer and read back with ClosedXML.</summary>
public sealed class AnalysisExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WorkbookHoldsEntriesWithIntervalsPairsAndLabelTablesPooledAndPerEntry(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = await world.AnalyseNowAsync();
        var report = (await world.PageAsync()).Report!;

        var file = (await host.Send(new ExportAnalysisCommand(world.Organizer, world.PhaseId, id, ExportFormat.Xlsx, "en"), Ct)).ShouldSucceed();

        file.FileName.ShouldStartWith("cdrugred-A-analysis-");
        file.FileName.ShouldEndWith(".xlsx");
        using var book = new XLWorkbook(new MemoryStream(file.Content));
        book.Worksheets.Select(w => w.Name).ShouldBe(["About", "Entries", "Pairs", "Labels pooled", "Labels Alpha", "Labels Beta"]);
        var entries = book.Worksheet("Entries");
        entries.Row(1).Cells(1, 6).Select(c => c.GetString()).ShouldBe(["Rank", "Team", "Score", "95% CI low", "95% CI high", "Band"]);
        for (var i = 0; i < report.Entries.Count; i++)
        {
            var row = entries.Row(i + 2);
            var entry = report.Entries[i];
            row.Cell(2).GetString().ShouldBe(entry.Name);
            row.Cell(3).GetDouble().ShouldBe(entry.Score, 1e-12);
            row.Cell(4).GetDouble().ShouldBe(entry.CiLow, 1e-12);
            row.Cell(5).GetDouble().ShouldBe(entry.CiHigh, 1e-12);
            row.Cell(6).GetDouble().ShouldBe(entry.Band);
        }

        var pairs = book.Worksheet("Pairs");
        pairs.Row(2).Cell(1).GetString().ShouldBe("Alpha");
        pairs.Row(2).Cell(5).GetDouble().ShouldBe(report.Pairs[0].PValue, 1e-12);
        var beta = book.Worksheet("Labels Beta");
        var metoprolol = beta.RowsUsed().Single(r => r.Cell(1).GetString() == "美托洛尔缓释片");
        (metoprolol.Cell(2).GetString(), metoprolol.Cell(3).GetDouble(), metoprolol.Cell(4).GetDouble()).ShouldBe(("drug", 1d, 0d));
        book.Worksheet("Labels pooled").RowsUsed().Count().ShouldBe(report.PooledLabels.Count + 1);

        // Participants cannot download it.
        (await host.Send(new ExportAnalysisCommand(world.Alpha, world.PhaseId, id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ChineseWorkbookHasChineseSheetsAndHeaders(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        var id = await world.AnalyseNowAsync();

        var file = (await host.Send(new ExportAnalysisCommand(world.Organizer, world.PhaseId, id, ExportFormat.Xlsx, "zh-CN"), Ct)).ShouldSucceed();

        using var book = new XLWorkbook(new MemoryStream(file.Content));
        book.Worksheets.Select(w => w.Name).ShouldBe(["说明", "参赛结果与置信区间", "成对检验", "标签 · 全体汇总", "标签 · Alpha", "标签 · Beta"]);
        book.Worksheet("参赛结果与置信区间").Row(1).Cell(4).GetString().ShouldBe("95% 区间下限");
        book.Worksheet("标签 · Beta").RowsUsed().Skip(1).First().Cell(2).GetString().ShouldBe("药物");
    }
}
