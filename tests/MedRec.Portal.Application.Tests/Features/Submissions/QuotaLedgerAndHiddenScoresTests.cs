using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Submissions.GetSubmission;
using MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;
using MedRec.Portal.Application.Features.Submissions.ListQuotaLedger;
using MedRec.Portal.Application.Features.Submissions.ListSubmissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

public sealed class QuotaLedgerAndHiddenScoresTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheLedgerListsEveryUploadCountedOrNotAndEachGrantWithItsReason(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var ct = TestContext.Current.CancellationToken;
        var counted = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var rejected = (await setup.SubmitAsync("[{\"ID\": \"v1\"}]")).ShouldSucceed().SubmissionId;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.Send(new GrantExtraAttemptsCommand(setup.Organizer, setup.PhaseId, setup.TeamId, 2, "Portal outage on 10 June"), ct)).ShouldSucceed();

        var lines = (await host.Send(new ListQuotaLedgerQuery(setup.Organizer, setup.PhaseId, setup.TeamId), ct)).ShouldSucceed();

        lines.Select(l => l.Kind).ShouldBe([QuotaLedgerKind.Grant, QuotaLedgerKind.NotCounted, QuotaLedgerKind.Counted]);
        lines[0].ExtraAttempts.ShouldBe(2);
        lines[0].Reason.ShouldBe("Portal outage on 10 June");
        lines[0].ActorName.ShouldBe("organizer");
        lines[1].SubmissionId.ShouldBe(rejected);
        lines[1].Reason.ShouldContain("did not use your quota");
        lines[2].SubmissionId.ShouldBe(counted);
        lines[2].ActorName.ShouldBe("member");
    }

    [Fact]
    public async Task OnlyTheTeamAndOrganisersReadTheLedger()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var ct = TestContext.Current.CancellationToken;
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        var rival = await host.CreateUserAsync("rival");
        await host.CreateTeamAsync(rival, setup.TaskId, "Rivals");

        (await host.Send(new ListQuotaLedgerQuery(rival, setup.PhaseId, setup.TeamId), ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListQuotaLedgerQuery(setup.Leader, setup.PhaseId, setup.TeamId), ct)).ShouldSucceed().ShouldHaveSingleItem();
        (await host.Send(new ListQuotaLedgerQuery(setup.Organizer, Guid.NewGuid(), setup.TeamId), ct)).ShouldFailWith(ErrorCodes.NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WhileTheBoardIsFrozenWithHiddenScoresParticipantsSeeNoNewScoreButOrganisersDo(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var ct = TestContext.Current.CancellationToken;
        var before = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        (await host.Send(new SetBoardOptionsCommand(setup.Organizer, setup.PhaseId, HideOwnScoresWhileFrozen: true, PublishHourly: false), ct)).ShouldSucceed();
        (await host.Send(new FreezeBoardCommand(setup.Organizer, setup.PhaseId), ct)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var after = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();

        var mine = (await host.Send(new ListSubmissionsQuery(setup.Member, setup.PhaseId), ct)).ShouldSucceed();
        var detail = (await host.Send(new GetSubmissionQuery(setup.Member, after), ct)).ShouldSucceed();
        var organizers = (await host.Send(new ListSubmissionsQuery(setup.Organizer, setup.PhaseId), ct)).ShouldSucceed();

        var hidden = mine.Single(i => i.Id == after);
        hidden.Status.ShouldBe(SubmissionStatus.Scored);
        hidden.ScoreHidden.ShouldBeTrue();
        hidden.PrimaryScore.ShouldBeNull();
        hidden.Metrics.ShouldBeEmpty();
        detail.Submission.PrimaryScore.ShouldBeNull();
        mine.Single(i => i.Id == before).PrimaryScore.ShouldNotBeNull();
        organizers.Single(i => i.Id == after).PrimaryScore.ShouldBe(1.0);
    }
}
