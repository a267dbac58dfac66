using System.Text;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Baselines.AddReferencePredictions;
using MedRec.Portal.Application.Features.Baselines.CancelRun;
using MedRec.Portal.Application.Features.Baselines.ListBaselines;
using MedRec.Portal.Application.Features.Baselines.ListModels;
using MedRec.Portal.Application.Features.Baselines.ListRuns;
using MedRec.Portal.Application.Features.Baselines.StartRun;
using MedRec.Portal.Application.Features.Baselines.UploadModel;
using MedRec.Portal.Application.Features.Baselines.WithdrawBaseline;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Baselines;

public sealed class ReferencePredictionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ReferencePredictionsBecomeABaselineRowWithTheScorersScores(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);

        var result = (await AddAsync(host, setup.Organizer, setup.PhaseId, SubmissionSetup.PartialCDrugRed)).ShouldSucceed();

        result.IsRejected.ShouldBeFalse();
        var definition = new CDrugRedTaskDefinition(["阿司匹林肠溶片", "阿托伐他汀钙片", "硝酸甘油片", "美托洛尔缓释片"]);
        var gold = GoldSet.Read(definition, new MemoryStream(SyntheticFiles.CDrugRedGold));
        var expected = SubmissionScorer.Score(definition, gold, new MemoryStream(Encoding.UTF8.GetBytes(SubmissionSetup.PartialCDrugRed))).ShouldBeOfType<ScoredSubmission>().Result.Metrics;
        result.Metrics.Select(m => (m.Key, m.Value)).ShouldBe(expected.Select(m => (m.Key, m.Value)));

        var board = (await host.Send(new GetBoardQuery(setup.Leader, setup.PhaseId), Ct)).ShouldSucceed();
        var row = board.Rows.Items.ShouldHaveSingleItem();
        (row.IsBaseline, row.Name, row.Rank, row.PrimaryScore).ShouldBe((true, "Official baseline (BERT)", (int?)null, expected.Primary));

        var listed = (await host.Send(new ListBaselinesQuery(setup.Organizer, setup.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        (listed.PhaseCode, listed.RecordCount, listed.RunId, listed.OriginalFileName).ShouldBe(("A", 2, (Guid?)null, "reference.json"));
    }

    [Fact]
    public async Task InvalidReferencePredictionsGetTheSameReportAsATeamsFileAndAddNoRow()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        const string broken = """[{"ID": "v1", "prediction": ["不存在的药"]}, {"ID": "v9", "prediction": []}]""";

        var result = (await AddAsync(host, setup.Organizer, setup.PhaseId, broken)).ShouldSucceed();
        var team = (await setup.SubmitAsync(broken)).ShouldSucceed();

        result.IsRejected.ShouldBeTrue();
        result.Report.ErrorCount.ShouldBeGreaterThan(0);
        result.Report.Errors.Select(e => (e.Code, e.Line, e.Column, e.Message)).ShouldBe(team.Report.Errors.Select(e => (e.Code, e.Line, e.Column, e.Message)));
        await using var db = await host.OpenAsync();
        (await db.Baselines.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task ReferencePredictionsWithoutGoldAreRefusedWithTheFix()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var other = await host.CreatePhaseAsync(setup.Organizer, setup.TaskId, "B", SubmissionSetup.Closes.AddDays(7), SubmissionSetup.Closes.AddDays(14));

        var result = await AddAsync(host, setup.Organizer, other, SubmissionSetup.PartialCDrugRed);

        result.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("no input records yet");
    }

    [Fact]
    public async Task EmptyLabelAndOversizedFileAreRefusedBeforeScoring()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Submission:MaxBytes"] = "50");
        var setup = await SubmissionSetup.CreateAsync(host);

        (await AddAsync(host, setup.Organizer, setup.PhaseId, SubmissionSetup.PartialCDrugRed, label: " ")).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Label");
        (await AddAsync(host, setup.Organizer, setup.PhaseId, SubmissionSetup.PartialCDrugRed)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("at most 50 bytes");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WithdrawnBaselineLeavesTheBoardAndTheWithdrawalIsAudited(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var id = (await AddAsync(host, setup.Organizer, setup.PhaseId, SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().BaselineId!.Value;

        (await host.Send(new WithdrawBaselineCommand(setup.Organizer, id), Ct)).ShouldSucceed();

        var board = (await host.Send(new GetBoardQuery(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();
        board.Rows.Items.ShouldBeEmpty();
        var listed = (await host.Send(new ListBaselinesQuery(setup.Organizer, setup.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        listed.WithdrawnAt.ShouldNotBeNull();
        await using var db = await host.OpenAsync();
        var audit = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).Select(a => new { a.Action, a.ActorUserId }).ToListAsync(Ct);
        audit.Select(a => a.Action).ShouldBe(["board.baseline-added", "board.baseline-withdrawn"], ignoreOrder: true);
        audit.ShouldAllBe(a => a.ActorUserId == setup.Organizer.UserId);
        (await host.Send(new WithdrawBaselineCommand(setup.Organizer, id), Ct)).ShouldFailWith(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task OnlyOrganisersMayUseAnyBaselineUseCase()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var participant = setup.Leader;
        var id = Guid.NewGuid();

        (await AddAsync(host, participant, setup.PhaseId, SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new WithdrawBaselineCommand(participant, id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListBaselinesQuery(participant, setup.TaskId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new UploadBaselineModelCommand(participant, setup.TaskId, null, [new UploadedPackageFile("model.zip", [1])]), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListBaselineModelsQuery(participant, setup.TaskId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new StartBaselineRunCommand(participant, id, setup.PhaseId, null, null), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new CancelBaselineRunCommand(participant, id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListBaselineRunsQuery(participant, setup.TaskId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        await using var db = await host.OpenAsync();
        (await db.Baselines.CountAsync(Ct)).ShouldBe(0);
    }

    private static async Task<Result<ReferencePredictionsResult>> AddAsync(PortalTestHost host, Actor actor, Guid phaseId, string json, string label = "Official baseline (BERT)")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream(bytes);
        return await host.Send(new AddReferencePredictionsCommand(actor, phaseId, label, "reference.json", stream, bytes.LongLength), Ct);
    }
}
