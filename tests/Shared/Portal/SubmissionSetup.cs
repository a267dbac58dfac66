using System.Text;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>
/// A task with one open phase (inputs, gold, candidate list uploaded through the real use cases) and an approved
/// team, ready to submit. The host's clock is 2025-06-10 04:00 UTC (12:00 in Shanghai); the phase runs all June.
/// </summary>
public sealed class SubmissionSetup
{
    public static readonly DateTime Opens = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Closes = new(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private SubmissionSetup(PortalTestHost host, Actor organizer, Actor leader, Actor member, Guid taskId, Guid phaseId, Guid teamId)
    {
        Host = host;
        Organizer = organizer;
        Leader = leader;
        Member = member;
        TaskId = taskId;
        PhaseId = phaseId;
        TeamId = teamId;
    }

    public PortalTestHost Host { get; }

    public Actor Organizer { get; }

    public Actor Leader { get; }

    public Actor Member { get; }

    public Guid TaskId { get; }

    public Guid PhaseId { get; }

    public Guid TeamId { get; }

    /// <summary>A valid CDrugRed file for the synthetic inputs (v1, v2), scoring 1.0 against the synthetic gold.</summary>
    public static string PerfectCDrugRed => """[{"ID": "v1", "prediction": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}, {"ID": "v2", "prediction": ["美托洛尔缓释片"]}]""";

    /// <summary>A valid CDrugRed file that gets v1 half right and v2 wrong.</summary>
    public static string PartialCDrugRed => """[{"ID": "v1", "prediction": ["阿司匹林肠溶片"]}, {"ID": "v2", "prediction": ["硝酸甘油片"]}]""";

    public static string ValidIcd => """[{"病案标识": "r1", "预测结果": "[I20.000|I10.x00x032;E11.900]"}, {"病案标识": "r2", "预测结果": "[I50.900x018|I48.x01]"}]""";

    public static async Task<SubmissionSetup> CreateAsync(PortalTestHost host, TaskKind kind = TaskKind.CDrugRed, Func<PhaseSettings, PhaseSettings>? settings = null, bool approve = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var member = await host.CreateUserAsync("member");
        var taskId = await host.CreateTaskAsync(organizer, kind, kind == TaskKind.CDrugRed ? "cdrugred" : "icd");
        var phaseSettings = new PhaseSettings { Code = "A", OpensAt = Opens, ClosesAt = Closes, DailyLimit = 3, TotalLimit = 50 };
        var phaseId = (await host.Send(new CreatePhaseCommand(organizer, taskId, settings?.Invoke(phaseSettings) ?? phaseSettings), ct)).ShouldSucceed();
        if (kind == TaskKind.CDrugRed)
        {
            (await host.Send(new UploadDatasetCommand(organizer, taskId, null, DatasetFileKind.CandidateList, "drugs.json", SyntheticFiles.CandidateList), ct)).ShouldSucceed();
        }

        (await host.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Inputs, "inputs.json", kind == TaskKind.CDrugRed ? SyntheticFiles.CDrugRedInputs : SyntheticFiles.IcdInputs), ct)).ShouldSucceed();
        (await host.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Gold, "gold.jsonl", kind == TaskKind.CDrugRed ? SyntheticFiles.CDrugRedGold : SyntheticFiles.IcdGold), ct)).ShouldSucceed();
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        await host.JoinAsync(leader, member, teamId);
        if (approve)
        {
            await host.RegisterAndApproveAsync(leader, organizer, teamId);
            // The invited member reads and accepts the terms themselves, as the Data tab asks them to.
            (await host.Send(
                new MedRec.Portal.Application.Features.Terms.AcceptTerms.AcceptTermsCommand(member, taskId, 1), ct)).ShouldSucceed();
        }

        return new SubmissionSetup(host, organizer, leader, member, taskId, phaseId, teamId);
    }

    public Task<Result<SubmissionReceipt>> SubmitAsync(string json, Actor? actor = null, string? description = null) =>
        SubmitBytesAsync(Encoding.UTF8.GetBytes(json), actor, description);

    public async Task<Result<SubmissionReceipt>> SubmitBytesAsync(byte[] content, Actor? actor = null, string? description = null, long? declaredLength = null, Guid? phaseId = null)
    {
        using var stream = new MemoryStream(content);
        return await Host.Send(
            new SubmitPredictionCommand(actor ?? Member, phaseId ?? PhaseId, "predictions.json", stream, declaredLength ?? content.LongLength, description),
            TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the scoring service until the queue is empty, as the worker does.</summary>
    public async Task DrainQueueAsync(string owner = "test-worker")
    {
        var scoring = Host.Services.GetRequiredService<SubmissionScoringService>();
        while (await scoring.TryClaimNextAsync(owner, TestContext.Current.CancellationToken) is { } id)
        {
            await scoring.ScoreClaimedAsync(id, owner, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Records every published change, for assertions on live notifications.</summary>
    public List<SubmissionChanged> RecordEvents()
    {
        var seen = new List<SubmissionChanged>();
        Host.Services.GetRequiredService<ISubmissionEvents>().Changed += (_, change) =>
        {
            lock (seen)
            {
                seen.Add(change);
            }
        };
        return seen;
    }
}

/// <summary>Team membership through the real invitation use cases.</summary>
public static class TeamSetup
{
    public static async Task JoinAsync(this PortalTestHost host, Actor leader, Actor joiner, Guid teamId)
    {
        var ct = TestContext.Current.CancellationToken;
        var invitation = (await host.Send(
            new Application.Features.Teams.CreateInvitation.CreateInvitationCommand(leader, teamId), ct)).ShouldSucceed();
        (await host.Send(
            new Application.Features.Teams.JoinTeam.JoinTeamCommand(joiner, invitation.Code), ct)).ShouldSucceed();
    }
}
