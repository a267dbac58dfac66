using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Datasets.DownloadGold;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Datasets;

public sealed class DatasetUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record World(PortalTestHost Host, Actor Organizer, Guid TaskId, Guid PhaseId);

    private static async Task<World> StartAsync(DatabaseProvider provider, TaskKind kind = TaskKind.CDrugRed, TimeSpan? opensIn = null)
    {
        var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer, kind, kind == TaskKind.CDrugRed ? "cdrugred" : "icd");
        var opens = host.Clock.UtcNow + (opensIn ?? TimeSpan.FromDays(-1));
        var phaseId = await host.CreatePhaseAsync(organizer, taskId, "A", opens, opens.AddDays(30));
        return new World(host, organizer, taskId, phaseId);
    }

    private static Task<Result<UploadedDataset>> UploadAsync(World w, DatasetFileKind kind, byte[] content, string name = "file.json", Actor? actor = null) =>
        w.Host.Send(
            new UploadDatasetCommand(actor ?? w.Organizer, w.TaskId, kind == DatasetFileKind.CandidateList ? null : w.PhaseId, kind, name, content), Ct).AsTask();

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task StoresCheckedFilesCompressedWithChecksumAndCount(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var list = (await UploadAsync(w, DatasetFileKind.CandidateList, SyntheticFiles.CandidateList, "candidate_drugs.json")).ShouldSucceed();
        list.RecordCount.ShouldBe(4);
        var inputs = (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs, "C:\\data\\test_inputs.json")).ShouldSucceed();
        inputs.RecordCount.ShouldBe(2);
        inputs.FileName.ShouldBe("test_inputs.json");
        inputs.Sha256.ShouldBe(DatasetCompression.Sha256Hex(SyntheticFiles.CDrugRedInputs));
        var gold = (await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.CDrugRedGold, "test_gold.jsonl")).ShouldSucceed();
        gold.RecordCount.ShouldBe(2);
        gold.Warnings.ShouldBeEmpty();

        var detail = (await host.Send(new GetTaskDetailQuery(w.Organizer, "cdrugred"), Ct)).ShouldSucceed();
        detail.CandidateList.ShouldNotBeNull().RecordCount.ShouldBe(4);
        var phase = detail.Phases.ShouldHaveSingleItem();
        phase.Inputs.ShouldNotBeNull().Sha256.ShouldBe(inputs.Sha256);
        phase.HasGold.ShouldBeTrue();
        phase.Gold.ShouldNotBeNull().OriginalFileName.ShouldBe("test_gold.jsonl");

        await using var db = await host.OpenAsync();
        (await db.GoldDatasets.SingleAsync(Ct)).PhaseId.ShouldBe(w.PhaseId);
        (await db.Datasets.CountAsync(Ct)).ShouldBe(2, "gold is not stored with the downloadable datasets");
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.GoldUploaded, Ct)).ShouldBe(1);
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DatasetUploaded, Ct)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task MalformedFileIsRefusedWithTheLine(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var error = (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.Utf8("[\n{\"就诊标识\": \"v1\"},\n{\"就诊标识\": }\n]"))).ShouldFailWith(ErrorCodes.Validation);
        error.Field.ShouldBe("File");
        error.Message.ShouldContain("line 3");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task InputsCarryingAnswersAreRefused(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedGold)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("出院带药列表");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task GoldMustCoverExactlyThePhasesInputs(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs);
        var result = await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.Utf8("""[{"就诊标识": "v1", "出院带药列表": []}, {"就诊标识": "v9", "出院带药列表": []}]"""));
        result.ShouldFailWith(ErrorCodes.Validation);
        result.Errors.Select(e => e.Message).ShouldContain(m => m.Contains("\"v2\"") && m.Contains("no gold answer"));
        result.Errors.Select(e => e.Message).ShouldContain(m => m.Contains("\"v9\"") && m.Contains("not in the phase's inputs"));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task GoldDrugsMustBeCandidates(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await UploadAsync(w, DatasetFileKind.CandidateList, SyntheticFiles.CandidateList);
        (await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.Utf8("""[{"就诊标识": "v1", "出院带药列表": ["虚构药片"]}]""")))
            .ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("\"虚构药片\" (visit v1)");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task IcdGoldCodesMustBeFromThePublishedLists(DatabaseProvider provider)
    {
        var w = await StartAsync(provider, TaskKind.Icd);
        await using var host = w.Host;
        (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.IcdInputs)).ShouldSucceed();
        (await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.IcdGold)).ShouldSucceed();
        (await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.Utf8("""[{"病案标识": "r1", "主要诊断编码": "X99.999", "其他诊断编码": "I48.x01"}, {"病案标识": "r2", "主要诊断编码": "I20.000", "其他诊断编码": "I48.x01"}]""")))
            .ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("primary \"X99.999\"");
        (await UploadAsync(w, DatasetFileKind.CandidateList, SyntheticFiles.CandidateList)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("Only CDrugRed");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCannotUpload(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var participant = await host.CreateUserAsync("participant");
        (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs, actor: participant)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OnlyApprovedTeamsDownloadInputs(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var inputs = (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs, "inputs.json")).ShouldSucceed();
        var leader = await host.CreateUserAsync("leader");
        var stranger = await host.CreateUserAsync("stranger");
        var teamId = await host.CreateTeamAsync(leader, w.TaskId, "Alpha");

        (await host.Send(new DownloadDatasetQuery(stranger, inputs.Id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new DownloadDatasetQuery(leader, inputs.Id), Ct)).ShouldFailWith(ErrorCodes.Forbidden).Message.ShouldContain("approved");

        await host.RegisterAndApproveAsync(leader, w.Organizer, teamId);
        var file = (await host.Send(new DownloadDatasetQuery(leader, inputs.Id), Ct)).ShouldSucceed();
        file.FileName.ShouldBe("cdrugred-A-inputs.json"); // named after task and phase, whatever the organiser uploaded
        file.Content.ShouldBe(SyntheticFiles.CDrugRedInputs);
        file.Sha256.ShouldBe(inputs.Sha256);
        var detail = (await host.Send(new GetTaskDetailQuery(leader, "cdrugred"), Ct)).ShouldSucceed();
        detail.Phases.ShouldHaveSingleItem().Inputs.ShouldNotBeNull().DownloadName.ShouldBe(file.FileName, "the Data tab shows the name the file is saved under");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TwoPhasesUploadedUnderOneNameDownloadUnderTwo(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var phaseB = await host.CreatePhaseAsync(w.Organizer, w.TaskId, "B", host.Clock.UtcNow.AddDays(40), host.Clock.UtcNow.AddDays(50));
        (await UploadAsync(w, DatasetFileKind.CandidateList, SyntheticFiles.CandidateList, "list.json")).ShouldSucceed();
        (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs, "demo-inputs.jsonl")).ShouldSucceed();
        (await host.Send(new UploadDatasetCommand(w.Organizer, w.TaskId, phaseB, DatasetFileKind.Inputs, "demo-inputs.jsonl", SyntheticFiles.CDrugRedInputs), Ct)).ShouldSucceed();

        var detail = (await host.Send(new GetTaskDetailQuery(w.Organizer, "cdrugred"), Ct)).ShouldSucceed();
        detail.Phases.Select(p => p.Inputs!.DownloadName).ShouldBe(["cdrugred-A-inputs.jsonl", "cdrugred-B-inputs.jsonl"]);
        detail.Phases.Select(p => p.Inputs!.OriginalFileName).ShouldBe(["demo-inputs.jsonl", "demo-inputs.jsonl"], "the upload name stays for organisers");
        detail.CandidateList.ShouldNotBeNull().DownloadName.ShouldBe("cdrugred-candidates.json");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task InputsOfAPhaseThatHasNotOpenedStayClosed(DatabaseProvider provider)
    {
        var w = await StartAsync(provider, opensIn: TimeSpan.FromDays(2));
        await using var host = w.Host;
        var inputs = (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs)).ShouldSucceed();
        var leader = await host.CreateUserAsync("leader");
        await host.RegisterAndApproveAsync(leader, w.Organizer, await host.CreateTeamAsync(leader, w.TaskId, "Alpha"));

        (await host.Send(new DownloadDatasetQuery(leader, inputs.Id), Ct)).ShouldFailWith(ErrorCodes.Forbidden).Message.ShouldContain("when their phase opens");
        (await host.Send(new DownloadDatasetQuery(w.Organizer, inputs.Id), Ct)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromDays(2));
        (await host.Send(new DownloadDatasetQuery(leader, inputs.Id), Ct)).ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task GoldReachesOrganizersOnly(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs);
        var gold = (await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.CDrugRedGold)).ShouldSucceed();
        var leader = await host.CreateUserAsync("leader");
        await host.RegisterAndApproveAsync(leader, w.Organizer, await host.CreateTeamAsync(leader, w.TaskId, "Alpha"));

        (await host.Send(new DownloadGoldQuery(leader, w.PhaseId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new DownloadDatasetQuery(leader, gold.Id), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        var participantView = (await host.Send(new GetTaskDetailQuery(leader, "cdrugred"), Ct)).ShouldSucceed();
        participantView.Phases.Single().Gold.ShouldBeNull();
        participantView.Phases.Single().HasGold.ShouldBeTrue();

        (await host.Send(new DownloadGoldQuery(w.Organizer, w.PhaseId), Ct)).ShouldSucceed().Content.ShouldBe(SyntheticFiles.CDrugRedGold);
        (await host.Services.GetRequiredService<IGoldDatasetStore>().ReadContentAsync(gold.Id, Ct)).ShouldBe(SyntheticFiles.CDrugRedGold);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ReplacingInputsUnderMismatchedGoldWarns(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.CDrugRedInputs);
        await UploadAsync(w, DatasetFileKind.Gold, SyntheticFiles.CDrugRedGold);
        var replaced = (await UploadAsync(w, DatasetFileKind.Inputs, SyntheticFiles.Utf8("""[{"就诊标识": "v1"}, {"就诊标识": "v3"}]"""))).ShouldSucceed();
        replaced.Warnings.ShouldNotBeEmpty();
        replaced.Warnings.ShouldAllBe(w => w.Contains("current gold does not match"));
        replaced.Warnings.ShouldContain(w => w.Contains("\"v3\""));
    }

    [Fact]
    public async Task AcceptsTheOfficialCDrugRedFiles()
    {
        var candidates = File.ReadAllBytes(global::MedRec.Portal.Tests.Shared.SharedData.Require("cdrugred/候选药物列表.json"));
        var inputs = File.ReadAllBytes(global::MedRec.Portal.Tests.Shared.SharedData.Require("cdrugred/CDrugRed_test-A.jsonl"));
        var w = await StartAsync(DatabaseProvider.Sqlite);
        await using var host = w.Host;
        (await UploadAsync(w, DatasetFileKind.CandidateList, candidates)).ShouldSucceed().RecordCount.ShouldBe(651);
        (await UploadAsync(w, DatasetFileKind.Inputs, inputs)).ShouldSucceed().RecordCount.ShouldBe(570);
    }

    [Fact]
    public async Task AcceptsTheOfficialIcdInputsWithTheirNaNTokens()
    {
        var inputs = File.ReadAllBytes(global::MedRec.Portal.Tests.Shared.SharedData.Require("icd/ICD-Coding-test-A.json"));
        var w = await StartAsync(DatabaseProvider.Sqlite, TaskKind.Icd);
        await using var host = w.Host;
        (await UploadAsync(w, DatasetFileKind.Inputs, inputs)).ShouldSucceed().RecordCount.ShouldBe(200);
    }
}
