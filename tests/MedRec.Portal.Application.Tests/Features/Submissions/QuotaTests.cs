using System.Text;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;
using MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

public sealed class QuotaTests
{
    /// <summary>20 members' uploads at once, with 3 places left: exactly 3 count, the rest are told the limit is reached.</summary>
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TwentySimultaneousUploadsGetExactlyTheSlotsLeft(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { DailyLimit = 4 });
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        const int uploads = 20;

        using var start = new ManualResetEventSlim(false);
        var racers = Enumerable.Range(0, uploads).Select(i => Task.Run(
            async () =>
            {
                start.Wait(TestContext.Current.CancellationToken);
                var json = Encoding.UTF8.GetBytes(SubmissionSetup.PartialCDrugRed + new string(' ', i));
                using var stream = new MemoryStream(json);
                return await host.Send(
                    new SubmitPredictionCommand(i % 2 == 0 ? setup.Member : setup.Leader, setup.PhaseId, $"p{i}.json", stream, json.Length, $"racer {i}"),
                    TestContext.Current.CancellationToken);
            },
            TestContext.Current.CancellationToken)).ToList();
        start.Set();
        var results = await Task.WhenAll(racers);

        results.Count(r => r.IsSuccess).ShouldBe(3, string.Join(" | ", results.Where(r => r.IsFailure).Select(r => r.ToString()).Distinct()));
        results.Where(r => r.IsFailure).ShouldAllBe(r => r.Errors[0].Message.StartsWith("Daily limit reached", StringComparison.Ordinal));
        await using var db = await host.OpenAsync();
        (await db.Submissions.CountAsync(s => s.Counted, TestContext.Current.CancellationToken)).ShouldBe(4);
        (await db.QuotaSlots.Where(s => s.Kind == QuotaSlotKind.Daily).Select(s => s.Number).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public async Task StatusShowsUsedLimitRemainingAndTheNextLocalMidnightAsUtc()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();

        var status = (await host.Send(new GetQuotaStatusQuery(setup.Member, setup.PhaseId), TestContext.Current.CancellationToken)).ShouldSucceed();

        status.QuotaDay.ShouldBe(new DateOnly(2025, 6, 10));
        status.UsedToday.ShouldBe(1);
        status.DailyLimit.ShouldBe(3);
        status.Remaining.ShouldBe(2);
        status.TimeZoneId.ShouldBe("Asia/Shanghai");
        status.ResetsAtUtc.ShouldBe(new DateTime(2025, 6, 10, 16, 0, 0, DateTimeKind.Utc));
        status.ResetsAtPhaseLocal.ShouldBe(new DateTime(2025, 6, 11, 0, 0, 0));
    }

    /// <summary>The Submit tab shows what the quota says: the same window and approval rules the upload is refused by.</summary>
    [Fact]
    public async Task StatusSaysWhyTheTeamCannotSubmitByTheRulesTheUploadIsRefusedBy()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, approve: false);
        var ct = TestContext.Current.CancellationToken;
        async Task<SubmitBlocker?> BlockerAsync(Actor actor, Guid? teamId = null) =>
            (await host.Send(new GetQuotaStatusQuery(actor, setup.PhaseId, teamId), ct)).ShouldSucceed().Blocker;

        (await BlockerAsync(setup.Member)).ShouldBe(SubmitBlocker.TeamNotRegistered);
        var registrationId = (await host.Send(new RegisterTeamCommand(setup.Leader, setup.TeamId, true), ct)).ShouldSucceed();
        (await BlockerAsync(setup.Member)).ShouldBe(SubmitBlocker.RegistrationPending);
        (await BlockerAsync(setup.Organizer, setup.TeamId)).ShouldBe(SubmitBlocker.RegistrationPending);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Forbidden).Message.ShouldContain("waiting for an organiser's approval");

        (await host.Send(new DecideRegistrationCommand(setup.Organizer, registrationId, Approve: true), ct)).ShouldSucceed();
        (await host.Send(new MedRec.Portal.Application.Features.Terms.AcceptTerms.AcceptTermsCommand(setup.Member, setup.TaskId, 1), ct)).ShouldSucceed();
        (await BlockerAsync(setup.Member)).ShouldBeNull();
        var receipt = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        receipt.Quota.CanSubmit.ShouldBeTrue();

        host.Clock.Set(SubmissionSetup.Closes);
        (await BlockerAsync(setup.Member)).ShouldBe(SubmitBlocker.PhaseClosed);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("is closed");
        host.Clock.Set(SubmissionSetup.Opens.AddSeconds(-1));
        (await BlockerAsync(setup.Member)).ShouldBe(SubmitBlocker.PhaseNotOpenYet);
    }

    [Fact]
    public async Task TheDailyLimitCountsInThePhaseZoneAndResetsAtLocalMidnight()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { DailyLimit = 1 });
        host.Clock.Set(new DateTime(2025, 6, 10, 15, 59, 0, DateTimeKind.Utc));
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();

        var refused = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldFailWith(ErrorCodes.Conflict);
        refused.Message.ShouldContain("Daily limit reached");
        refused.Message.ShouldContain("resets at 2025-06-10 16:00 UTC (2025-06-11 00:00 Asia/Shanghai)");

        host.Clock.Set(new DateTime(2025, 6, 10, 16, 0, 0, DateTimeKind.Utc));
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().Quota.QuotaDay.ShouldBe(new DateOnly(2025, 6, 11));
    }

    [Fact]
    public async Task TheTotalLimitHoldsAcrossDays()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { DailyLimit = 5, TotalLimit = 2 });
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromDays(1));
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromDays(1));

        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("all 2 submissions allowed in phase \"A\"");
    }

    [Fact]
    public async Task RejectedFilesAreFreeButCappedPerDay()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { FailedDailyCap = 2 });
        const string broken = """[{"ID": "v1", "prediction": ["不存在的药"]}]""";
        (await setup.SubmitAsync(broken)).ShouldSucceed().Status.ShouldBe(SubmissionStatus.Rejected);
        (await setup.SubmitAsync(broken)).ShouldSucceed().Status.ShouldBe(SubmissionStatus.Rejected);

        var capped = (await setup.SubmitAsync(broken)).ShouldFailWith(ErrorCodes.Conflict);

        capped.Message.ShouldContain("today's cap of 2 rejected files");
        capped.Message.ShouldContain("不存在的药");
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().Quota.UsedToday.ShouldBe(1);
    }

    [Fact]
    public async Task RejectedFilesUseTheQuotaWhenThePhaseSaysSo()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { FailedSubmissionsCountTowardQuota = true });

        var receipt = (await setup.SubmitAsync("""[{"ID": "v1", "prediction": []}]""")).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Counted.ShouldBeTrue();
        receipt.Quota.UsedToday.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AnOrganiserGrantsExtraAttemptsForTodayAndItIsAudited(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { DailyLimit = 1 });
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldFailWith(ErrorCodes.Conflict);

        var status = (await host.Send(
            new GrantExtraAttemptsCommand(setup.Organizer, setup.PhaseId, setup.TeamId, 2, "Portal outage on 10 June"), TestContext.Current.CancellationToken)).ShouldSucceed();

        status.DailyLimit.ShouldBe(3);
        status.RemainingToday.ShouldBe(2);
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(a => a.Action == "quota.attempts-granted", TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.QuotaLedger.SingleAsync(e => e.Kind == QuotaLedgerKind.Grant, TestContext.Current.CancellationToken)).Reason.ShouldBe("Portal outage on 10 June");

        host.Clock.Advance(TimeSpan.FromDays(1));
        (await host.Send(new GetQuotaStatusQuery(setup.Member, setup.PhaseId), TestContext.Current.CancellationToken)).ShouldSucceed().DailyLimit.ShouldBe(1);
    }

    [Fact]
    public async Task OnlyOrganisersGrantAttempts()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        (await host.Send(
            new GrantExtraAttemptsCommand(setup.Leader, setup.PhaseId, setup.TeamId, 1, "please"), TestContext.Current.CancellationToken)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task AnotherTeamCannotReadTheQuotaButAnOrganiserCan()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var rival = await host.CreateUserAsync("rival");
        await host.CreateTeamAsync(rival, setup.TaskId, "Rivals");

        (await host.Send(new GetQuotaStatusQuery(rival, setup.PhaseId, setup.TeamId), TestContext.Current.CancellationToken)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new GetQuotaStatusQuery(setup.Organizer, setup.PhaseId, setup.TeamId), TestContext.Current.CancellationToken)).ShouldSucceed().TeamId.ShouldBe(setup.TeamId);
    }
}
