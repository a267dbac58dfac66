using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;
using MedRec.Portal.Application.Features.Submissions.SelectForFinal;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Application.Features.Teams.MergeTeams;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Teams;

/// <summary>Organisers merge two registrations of one group: real uploads, real quota slots, SQLite and PostgreSQL.</summary>
public sealed class MergeTeamsTests
{
    private const string Reason = "同一课题组重复报名 (one lab registered twice)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task MergeMovesMembersSubmissionsAndQuotaAndMarksTheSourceMerged(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, betaMember) = await TwoTeamsAsync(host, betaMembers: 2);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, betaLeader)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaMember)).ShouldSucceed();
        var oldInvitation = (await host.Send(new CreateInvitationCommand(betaLeader, beta), Ct)).ShouldSucceed();

        var outcome = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();

        outcome.ShouldBe(new TeamMergeOutcome(setup.TeamId, beta, 2, 2, 2));
        await using (var db = await host.OpenAsync())
        {
            var alpha = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == setup.TeamId, Ct);
            alpha.Name.ShouldBe("Alpha");
            alpha.LeaderId.ShouldBe(setup.Leader.UserId);
            alpha.Members.Select(m => m.UserId).ShouldBe([setup.Leader.UserId, setup.Member.UserId, betaLeader.UserId, betaMember!.UserId], ignoreOrder: true);
            var merged = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == beta, Ct);
            merged.Members.ShouldBeEmpty();
            merged.MergedIntoTeamId.ShouldBe(setup.TeamId);
            merged.MergedAt.ShouldBe(host.Clock.UtcNow);
            (await db.Submissions.CountAsync(s => s.TeamId == setup.TeamId, Ct)).ShouldBe(3);
            (await db.Submissions.AnyAsync(s => s.TeamId == beta, Ct)).ShouldBeFalse();
            var daily = await db.QuotaSlots.Where(s => s.TeamId == setup.TeamId && s.Kind == QuotaSlotKind.Daily).Select(s => s.Number).ToListAsync(Ct);
            daily.ShouldBe([1, 2, 3], ignoreOrder: true);
            (await db.QuotaLedger.AnyAsync(e => e.TeamId == beta, Ct)).ShouldBeFalse();

            var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.TeamMerged, Ct);
            audit.ActorUserId.ShouldBe(setup.Organizer.UserId);
            audit.EntityId.ShouldBe(setup.TeamId.ToString());
            audit.AfterJson.ShouldNotBeNull().ShouldContain(Reason);
            audit.AfterJson.ShouldContain(betaMember!.UserId.ToString());
            audit.BeforeJson.ShouldNotBeNull().ShouldContain("Beta");
        }

        // The merged team's quota is one team's quota: 3 of 3 used today, whoever uploads.
        var refused = await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaMember);
        refused.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("Daily limit reached");
        (await host.Send(new JoinTeamCommand(await host.CreateUserAsync("late"), oldInvitation.Code), Ct))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("revoked");
        var listed = await host.Send(new ListTeamsQuery(setup.Organizer, setup.TaskId), Ct);
        listed.Single(t => t.Id == beta).MergedIntoTeamName.ShouldBe("Alpha");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheBoardShowsTheMergedGroupAsOneTeam(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1);
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaLeader)).ShouldSucceed();
        await setup.DrainQueueAsync();

        (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();

        var board = (await host.Send(new GetBoardQuery(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();
        var row = board.Rows.Items.ShouldHaveSingleItem();
        row.Name.ShouldBe("Alpha");
        row.SubmissionCount.ShouldBe(2);
        row.PrimaryScore.ShouldBe(1.0);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWhenTheMembersExceedTheSizeCap(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, _, _) = await TwoTeamsAsync(host, betaMembers: 4);

        var error = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldFailWith(ErrorCodes.Conflict);

        error.Message.ShouldContain("gives 6 members, more than the team size cap of 5");
        await ShouldBeUnchangedAsync(host, beta, members: 4);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWhenADaysSubmissionsTogetherExceedTheDailyLimit(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaLeader)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, betaLeader)).ShouldSucceed();

        var error = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldFailWith(ErrorCodes.Conflict);

        error.Message.ShouldContain("on 2025-06-10 (Asia/Shanghai calendar day) in phase \"A\"");
        error.Message.ShouldContain("4 together, more than the daily limit of 3");
        await ShouldBeUnchangedAsync(host, beta, members: 1, submissions: 2);

        // A grant of one more attempt that day makes the merge fit.
        (await host.Send(new GrantExtraAttemptsCommand(setup.Organizer, setup.PhaseId, setup.TeamId, 1, "merge of two registrations"), Ct)).ShouldSucceed();
        (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWhenTheSubmissionsTogetherExceedThePhaseTotal(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1, totalLimit: 3);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromDays(1));
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaLeader)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, betaLeader)).ShouldSucceed();

        var error = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldFailWith(ErrorCodes.Conflict);

        error.Field.ShouldBe("TotalLimit");
        error.Message.ShouldContain("\"Alpha\" has 2 and \"Beta\" 2 counted submissions, 4 together, more than the phase's total limit of 3");
        await ShouldBeUnchangedAsync(host, beta, members: 1, submissions: 2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OnlyOrganizersMergeWithAReasonAndEachTeamOnlyOnce(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1);

        (await host.Send(new MergeTeamsCommand(setup.Leader, setup.TeamId, beta, Reason), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new MergeTeamsCommand(setup.Organizer, setup.TeamId, beta, "  "), Ct)).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Reason");
        (await host.Send(new MergeTeamsCommand(setup.Organizer, setup.TeamId, Guid.NewGuid(), Reason), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await host.Send(new MergeTeamsCommand(setup.Organizer, setup.TeamId, setup.TeamId, Reason), Ct)).ShouldFailWith(ErrorCodes.Validation);
        await ShouldBeUnchangedAsync(host, beta, members: 1);

        (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();
        var third = await host.CreateTeamAsync(await host.CreateUserAsync("gamma"), setup.TaskId, "Gamma");
        (await Merge(host, setup.Organizer, third, beta)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("already merged into another team");
        (await Merge(host, setup.Organizer, beta, setup.TeamId)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("merge into that team instead");
        betaLeader.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task MergingAgainSweepsUpAnUploadThatWasInFlightDuringTheMerge(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, betaLeader)).ShouldSucceed();
        (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();
        var mergedAt = host.Clock.UtcNow;

        // An upload that passed its membership check before the merge committed lands on the merged team.
        await using (var db = await host.OpenAsync())
        {
            foreach (var submission in await db.Submissions.Where(s => s.TeamId == setup.TeamId).ToListAsync(Ct))
            {
                submission.MoveToTeam(beta);
            }

            foreach (var slot in await db.QuotaSlots.Where(s => s.TeamId == setup.TeamId).ToListAsync(Ct))
            {
                slot.MoveToTeam(beta, slot.Number);
            }

            await db.SaveChangesAsync(Ct);
        }

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var sweep = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();

        sweep.ShouldBe(new TeamMergeOutcome(setup.TeamId, beta, 0, 1, 0));
        await using var check = await host.OpenAsync();
        (await check.Submissions.AnyAsync(s => s.TeamId == beta, Ct)).ShouldBeFalse();
        (await check.QuotaSlots.AnyAsync(s => s.TeamId == beta, Ct)).ShouldBeFalse();
        (await check.Teams.SingleAsync(t => t.Id == beta, Ct)).MergedAt.ShouldBe(mergedAt, "the first merge's instant is kept");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWhenTheTeamsTogetherSelectedMoreSubmissionsThanOneTeamMay(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var (setup, beta, betaLeader, _) = await TwoTeamsAsync(host, betaMembers: 1, representative: RepresentativeSubmission.Selected);
        var alphaRun = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var betaRun = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, betaLeader)).ShouldSucceed().SubmissionId;
        await setup.DrainQueueAsync();
        (await host.Send(new SelectForFinalCommand(setup.Leader, alphaRun, true), Ct)).ShouldSucceed();
        (await host.Send(new SelectForFinalCommand(betaLeader, betaRun, true), Ct)).ShouldSucceed();

        var error = (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldFailWith(ErrorCodes.Conflict);

        error.Message.ShouldBe("Teams \"Alpha\" and \"Beta\" have 2 submissions selected for the final ranking of phase \"A\" together, more than the 1 one team may select. Ask them to unselect 1 first, then merge.");
        await ShouldBeUnchangedAsync(host, beta, members: 1, submissions: 1);

        // Once Beta unselects its run, the merge goes through and the merged team holds one selection.
        (await host.Send(new SelectForFinalCommand(betaLeader, betaRun, false), Ct)).ShouldSucceed();
        (await Merge(host, setup.Organizer, setup.TeamId, beta)).ShouldSucceed();
        await using var db = await host.OpenAsync();
        (await db.Submissions.CountAsync(s => s.TeamId == setup.TeamId && s.IsSelectedForFinal, Ct)).ShouldBe(1);
    }

    private static Task<Domain.Common.Result<TeamMergeOutcome>> Merge(PortalTestHost host, Actor organizer, Guid target, Guid source) =>
        host.Send(new MergeTeamsCommand(organizer, target, source, Reason), Ct).AsTask();

    /// <summary>Alpha (leader + member, approved) from <see cref="SubmissionSetup"/> and an approved team Beta of <paramref name="betaMembers"/>.</summary>
    private static async Task<(SubmissionSetup Setup, Guid Beta, Actor BetaLeader, Actor? BetaMember)> TwoTeamsAsync(
        PortalTestHost host, int betaMembers, int totalLimit = 50, RepresentativeSubmission representative = RepresentativeSubmission.Best)
    {
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { TotalLimit = totalLimit, Representative = representative, SelectionLimit = 1 });
        var betaLeader = await host.CreateUserAsync("beta-leader");
        var beta = await host.CreateTeamAsync(betaLeader, setup.TaskId, "Beta");
        Actor? betaMember = null;
        for (var i = 1; i < betaMembers; i++)
        {
            var member = await host.CreateUserAsync($"beta-{i}");
            await host.JoinAsync(betaLeader, member, beta);
            betaMember ??= member;
        }

        await host.RegisterAndApproveAsync(betaLeader, setup.Organizer, beta);
        if (betaMember is not null)
        {
            // Every member accepts the task's terms before submitting, not only the leader who registered.
            (await host.Send(new MedRec.Portal.Application.Features.Terms.AcceptTerms.AcceptTermsCommand(betaMember, setup.TaskId, 1), Ct)).ShouldSucceed();
        }

        return (setup, beta, betaLeader, betaMember);
    }

    private static async Task ShouldBeUnchangedAsync(PortalTestHost host, Guid beta, int members, int submissions = 0)
    {
        await using var db = await host.OpenAsync();
        var team = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == beta, Ct);
        team.IsMerged.ShouldBeFalse();
        team.Members.Count.ShouldBe(members);
        (await db.Submissions.CountAsync(s => s.TeamId == beta, Ct)).ShouldBe(submissions);
        (await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.TeamMerged, Ct)).ShouldBeFalse();
    }
}
