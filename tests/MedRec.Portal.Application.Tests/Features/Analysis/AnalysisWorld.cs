using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Analysis;
using MedRec.Portal.Application.Features.Analysis.GetAnalysis;
using MedRec.Portal.Application.Features.Analysis.RequestAnalysis;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Analysis;

/// <summary>
/// A CDrugRed phase (synthetic inputs and gold) with two approved teams and real scored files: Alpha's file is
/// perfect, Beta's half right. Analyses are driven through the use cases and the job service the worker runs.
/// </summary>
internal sealed class AnalysisWorld
{
    private AnalysisWorld(SubmissionSetup setup, Actor beta, Guid betaTeamId)
    {
        Setup = setup;
        Beta = beta;
        BetaTeamId = betaTeamId;
    }

    public SubmissionSetup Setup { get; }

    public PortalTestHost Host => Setup.Host;

    public Actor Organizer => Setup.Organizer;

    /// <summary>A member of Alpha (the perfect file).</summary>
    public Actor Alpha => Setup.Member;

    public Guid AlphaTeamId => Setup.TeamId;

    public Actor Beta { get; }

    public Guid BetaTeamId { get; }

    public Guid PhaseId => Setup.PhaseId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AnalysisWorld> CreateAsync(PortalTestHost host)
    {
        var setup = await SubmissionSetup.CreateAsync(host);
        var beta = await host.CreateUserAsync("beta-leader");
        var betaTeam = await host.CreateTeamAsync(beta, setup.TaskId, "Beta");
        await host.RegisterAndApproveAsync(beta, setup.Organizer, betaTeam);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, beta)).ShouldSucceed();
        await setup.DrainQueueAsync();
        return new AnalysisWorld(setup, beta, betaTeam);
    }

    /// <summary>Requests an analysis of the board as it is now and runs the queue as the worker does.</summary>
    public async Task<Guid> AnalyseNowAsync()
    {
        var id = (await Host.Send(new RequestAnalysisCommand(Organizer, PhaseId), Ct)).ShouldSucceed();
        await DrainAsync();
        return id;
    }

    public async Task<int> DrainAsync()
    {
        var jobs = Host.Services.GetRequiredService<AnalysisJobService>();
        var ran = 0;
        while (await jobs.TryClaimNextAsync("test-analysis", Ct) is { } claimed)
        {
            await jobs.ExecuteAsync(claimed, "test-analysis", Ct);
            ran++;
        }

        return ran;
    }

    public async Task<AnalysisPage> PageAsync(Guid? analysisId = null) =>
        (await Host.Send(new GetAnalysisQuery(Organizer, PhaseId, analysisId), Ct)).ShouldSucceed();
}
