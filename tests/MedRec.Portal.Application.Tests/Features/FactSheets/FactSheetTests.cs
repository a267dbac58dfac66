using System.Text;
using ClosedXML.Excel;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Application.Features.FactSheets;
using MedRec.Portal.Application.Features.FactSheets.DefineForm;
using MedRec.Portal.Application.Features.FactSheets.GetFactSheet;
using MedRec.Portal.Application.Features.FactSheets.SetRanking;
using MedRec.Portal.Application.Features.FactSheets.SubmitFactSheet;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Tests.Features.Analysis;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.FactSheets;

public sealed class FactSheetTests
{
    private static readonly FactSheetField[] Fields =
    [
        new("method", "方法描述", "Method", FactSheetFieldKind.Text, true, []),
        new("external-data", "是否使用外部数据", "External data", FactSheetFieldKind.Choice, true, ["yes", "no"]),
        new("parameters", "参数量（百万）", "Parameters (millions)", FactSheetFieldKind.Number, false, []),
        new("code", "代码地址", "Code URL", FactSheetFieldKind.Url, false, []),
    ];

    private static readonly DateTime Deadline = new(2025, 6, 20, 0, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Valid => new() { ["method"] = "BERT + 候选药物重排", ["external-data"] = "no", ["parameters"] = "110.5", ["code"] = "https://example.org/code" };

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TeamSubmitsTheOrganisersFormWithAPdfAndEveryBadValueIsNamed(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        (await host.Send(new DefineFactSheetFormCommand(world.Alpha, world.PhaseId, Fields, true, 1000, Deadline), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new DefineFactSheetFormCommand(world.Organizer, world.PhaseId, Fields, true, 1000, Deadline), Ct)).ShouldSucceed();

        var form = (await host.Send(new GetFactSheetQuery(world.Alpha, world.PhaseId), Ct)).ShouldSucceed();
        form.Fields.Select(f => f.Key).ShouldBe(["method", "external-data", "parameters", "code"]);
        (form.CanSubmit, form.SubmittedAt).ShouldBe((true, (DateTime?)null));

        var bad = await host.Send(new SubmitFactSheetCommand(world.Alpha, world.PhaseId, new Dictionary<string, string?> { ["external-data"] = "maybe", ["parameters"] = "1,5", ["code"] = "ftp://x", ["extra"] = "?" }), Ct);
        bad.IsFailure.ShouldBeTrue();
        bad.Errors.Select(e => (e.Field, e.MessageId)).ShouldBe(
            [("extra", FactSheetErrors.UnknownField.Id), ("method", FactSheetErrors.FieldRequired.Id), ("external-data", FactSheetErrors.FieldChoice.Id), ("parameters", FactSheetErrors.FieldNumber.Id), ("code", FactSheetErrors.FieldUrl.Id)],
            ignoreOrder: true);

        var notPdf = await host.Send(new SubmitFactSheetCommand(world.Alpha, world.PhaseId, Valid, "report.pdf", Encoding.UTF8.GetBytes("hello")), Ct);
        notPdf.Errors.Single().MessageId.ShouldBe(FactSheetErrors.PdfNotPdf.Id);
        var tooLarge = await host.Send(new SubmitFactSheetCommand(world.Alpha, world.PhaseId, Valid, "report.pdf", Pdf(1001)), Ct);
        tooLarge.Errors.Single().MessageId.ShouldBe(FactSheetErrors.PdfTooLarge.Id);

        (await host.Send(new SubmitFactSheetCommand(world.Alpha, world.PhaseId, Valid, "report.pdf", Pdf(900)), Ct)).ShouldSucceed();
        var stored = (await host.Send(new GetFactSheetQuery(world.Alpha, world.PhaseId), Ct)).ShouldSucceed();
        stored.Values["method"].ShouldBe("BERT + 候选药物重排");
        stored.Values["parameters"].ShouldBe("110.5");
        stored.PdfFileName.ShouldBe("report.pdf");

        // Someone outside every registered team cannot file one; after the deadline nobody can.
        var outsider = await host.CreateUserAsync("outsider");
        (await host.Send(new SubmitFactSheetCommand(outsider, world.PhaseId, Valid), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        host.Clock.Advance(Deadline - host.Clock.UtcNow);
        (await host.Send(new SubmitFactSheetCommand(world.Beta, world.PhaseId, Valid), Ct)).ShouldFailWith(ErrorCodes.Conflict).MessageId.ShouldBe(FactSheetErrors.DeadlinePassed.Id);
        (await host.Send(new GetFactSheetQuery(world.Beta, world.PhaseId), Ct)).ShouldSucceed().CanSubmit.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task BoardMarksMissingFactSheetsAndCanRankOnlyTeamsWithOne(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        (await host.Send(new GetBoardQuery(world.Organizer, world.PhaseId), Ct)).ShouldSucceed().FactSheetTeams.ShouldBeNull();
        (await host.Send(new DefineFactSheetFormCommand(world.Organizer, world.PhaseId, Fields, false, 0, null), Ct)).ShouldSucceed();

        var before = (await host.Send(new GetBoardQuery(world.Beta, world.PhaseId), Ct)).ShouldSucceed();
        before.FactSheetTeams.ShouldNotBeNull().ShouldBeEmpty();
        before.Rows.Items.Select(r => (r.Name, r.Rank)).ShouldBe([("Alpha", (int?)1), ("Beta", 2)]);

        (await host.Send(new SubmitFactSheetCommand(world.Beta, world.PhaseId, Valid), Ct)).ShouldSucceed();
        (await host.Send(new SetFactSheetRankingCommand(world.Beta, world.PhaseId, true), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new SetFactSheetRankingCommand(world.Organizer, world.PhaseId, true), Ct)).ShouldSucceed();

        var after = (await host.Send(new GetBoardQuery(world.Alpha, world.PhaseId), Ct)).ShouldSucceed();
        after.FactSheetTeams.ShouldBe([world.BetaTeamId]);
        after.Rows.Items.Select(r => (r.Name, r.Rank)).ShouldBe([("Alpha", (int?)null), ("Beta", 1)]);

        (await host.Send(new SetFactSheetRankingCommand(world.Organizer, world.PhaseId, false), Ct)).ShouldSucceed();
        (await host.Send(new GetBoardQuery(world.Alpha, world.PhaseId), Ct)).ShouldSucceed().Rows.Items.Select(r => r.Rank).ShouldBe([1, 2]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ResultsExportHasAFactSheetSheetPerPhaseThatAsksForThem(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await AnalysisWorld.CreateAsync(host);
        (await host.Send(new DefineFactSheetFormCommand(world.Organizer, world.PhaseId, Fields, true, 1000, null), Ct)).ShouldSucceed();
        (await host.Send(new SubmitFactSheetCommand(world.Beta, world.PhaseId, Valid, "beta.pdf", Pdf(100)), Ct)).ShouldSucceed();

        var file = (await host.Send(new ExportResultsCommand(world.Organizer, world.Setup.TaskId, ExportFormat.Xlsx, "en"), Ct)).ShouldSucceed();

        using var book = new XLWorkbook(new MemoryStream(file.Content));
        var sheet = book.Worksheet("A fact sheets");
        sheet.Row(1).Cells(1, 8).Select(c => c.GetString()).ShouldBe(["Team", "Submitted at (UTC)", "PDF file", "PDF bytes", "Method", "External data", "Parameters (millions)", "Code URL"]);
        sheet.Row(2).Cells(1, 8).Select(c => c.GetString()).ShouldBe(["Beta", sheet.Cell(2, 2).GetString(), "beta.pdf", "100", "BERT + 候选药物重排", "no", "110.5", "https://example.org/code"]);
        sheet.RowsUsed().Count().ShouldBe(2);

        var chinese = (await host.Send(new ExportResultsCommand(world.Organizer, world.Setup.TaskId, ExportFormat.Xlsx, "zh-CN"), Ct)).ShouldSucceed();
        using var zhBook = new XLWorkbook(new MemoryStream(chinese.Content));
        zhBook.Worksheet("A 技术报告").Row(1).Cell(5).GetString().ShouldBe("方法描述");
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
