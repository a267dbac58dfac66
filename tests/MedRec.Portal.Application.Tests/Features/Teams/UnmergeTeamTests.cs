using System.Globalization;
using System.Text;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;
using MedRec.Portal.Application.Features.Submissions.GrantExtraAttempts;
using MedRec.Portal.Application.Features.Submissions.ListSubmissions;
using MedRec.Portal.Application.Features.Submissions.SelectForFinal;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.Application.Features.Teams.LeaveTeam;
using MedRec.Portal.Application.Features.Teams.MergeTeams;
using MedRec.Portal.Application.Features.Teams.TransferLeadership;
using MedRec.Portal.Application.Features.Teams.UnmergeTeam;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Teams;

/// <summary>
/// Organisers undo a merge: real uploads, quota slots, grants, selections and boards before the merge, after it and
/// after the undo, on SQLite and PostgreSQL.
/// </summary>
public sealed class UnmergeTeamTests
{
    private const string Reason = "Registered separately on purpose (两个课题组)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UndoingAMergeRestoresEveryTeamQuotaBoardAndLedgerFact(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 2);
        (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        var betaPartial = (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, world.BetaLeader)).ShouldSucceed().SubmissionId;
        (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, world.BetaMember)).ShouldSucceed();
        (await host.Send(new GrantExtraAttemptsCommand(world.Setup.Organizer, world.Setup.PhaseId, world.Beta, 1, "CHIP travel day"), Ct)).ShouldSucceed();
        await world.Setup.DrainQueueAsync();
        (await host.Send(new SelectForFinalCommand(world.BetaLeader, betaPartial, true), Ct)).ShouldSucceed();
        var oldInvitation = (await host.Send(new CreateInvitationCommand(world.BetaLeader, world.Beta), Ct)).ShouldSucceed();
        var before = await world.FactsAsync();
        (await world.QuotaAsync(world.Setup.TeamId)).RemainingToday.ShouldBe(2);
        (await world.QuotaAsync(world.Beta)).RemainingToday.ShouldBe(2, "3 a day plus 1 granted, 2 used");

        (await world.MergeAsync()).ShouldSucceed();
        host.Clock.Advance(TimeSpan.FromHours(2));
        var merged = await world.FactsAsync();
        merged.ShouldNotBe(before);
        (await world.QuotaAsync(world.Setup.TeamId)).RemainingToday.ShouldBe(1, "the merged team: 3 + 1 granted, 3 used");

        var outcome = (await world.UnmergeAsync()).ShouldSucceed();

        outcome.ShouldBe(new TeamUnmergeOutcome(world.Setup.TeamId, "Alpha", world.Beta, "Beta", 2, 0, 2, 3));
        (await world.FactsAsync()).ShouldBe(before);
        (await world.QuotaAsync(world.Setup.TeamId)).RemainingToday.ShouldBe(2);
        (await world.QuotaAsync(world.Beta)).RemainingToday.ShouldBe(2);
        await using (var db = await host.OpenAsync())
        {
            var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.TeamUnmerged, Ct);
            audit.ActorUserId.ShouldBe(world.Setup.Organizer.UserId);
            audit.EntityId.ShouldBe(world.Beta.ToString());
            audit.AfterJson.ShouldNotBeNull().ShouldContain(Reason);
            audit.AfterJson.ShouldContain(world.BetaMember.UserId.ToString());
            audit.BeforeJson.ShouldNotBeNull().ShouldContain("\"MergedIntoTeamId\":\"" + world.Setup.TeamId);
            var record = await db.TeamMerges.SingleAsync(Ct);
            record.UndoneAt.ShouldBe(host.Clock.UtcNow);
            record.UndoReason.ShouldBe(Reason);
            (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.TeamMerged, Ct)).ShouldBe(1, "the merge's own audit event stays");
        }

        // Beta is a team again: its leader invites, its members upload against Beta's own quota; old invitations stay revoked.
        (await host.Send(new JoinTeamCommand(await host.CreateUserAsync("late"), oldInvitation.Code), Ct))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("revoked");
        (await host.Send(new CreateInvitationCommand(world.BetaLeader, world.Beta), Ct)).ShouldSucceed();
        var receipt = (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, world.BetaMember)).ShouldSucceed();
        receipt.Quota.TeamId.ShouldBe(world.Beta);
        receipt.Quota.RemainingToday.ShouldBe(1);

        // And the two may be merged again.
        (await world.MergeAsync()).ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WhatTheTargetDidWhileMergedStaysAndAMemberWhoLeftStaysWhereTheyAre(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 2);
        (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, world.BetaMember)).ShouldSucceed();
        (await world.MergeAsync()).ShouldSucceed();

        // While merged: Alpha's member uploads, Beta's member leaves and founds a team of their own.
        var alphaUpload = (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        (await host.Send(new LeaveTeamCommand(world.BetaMember, world.Setup.TeamId), Ct)).ShouldSucceed();
        var gamma = await host.CreateTeamAsync(world.BetaMember, world.Setup.TaskId, "Gamma");

        var outcome = (await world.UnmergeAsync()).ShouldSucceed();

        outcome.MembersReturned.ShouldBe(1);
        outcome.MembersStayed.ShouldBe(1);
        outcome.SubmissionsReturned.ShouldBe(1, "Beta's submission goes back even though its uploader left");
        await using var db = await host.OpenAsync();
        var beta = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == world.Beta, Ct);
        beta.Members.Select(m => m.UserId).ShouldBe([world.BetaLeader.UserId]);
        beta.LeaderId.ShouldBe(world.BetaLeader.UserId);
        (await db.TeamMembers.SingleAsync(m => m.UserId == world.BetaMember.UserId, Ct)).TeamId.ShouldBe(gamma);
        (await db.Submissions.SingleAsync(s => s.Id == alphaUpload, Ct)).TeamId.ShouldBe(world.Setup.TeamId);
        (await db.Submissions.CountAsync(s => s.TeamId == world.Beta, Ct)).ShouldBe(1);
        (await world.QuotaAsync(world.Setup.TeamId)).UsedToday.ShouldBe(1);
        (await world.QuotaAsync(world.Beta)).UsedToday.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ARefundWrittenWhileMergedGoesBackWithItsSubmission(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1);
        var queued = (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, world.BetaLeader)).ShouldSucceed().SubmissionId;
        (await world.MergeAsync()).ShouldSucceed();

        // Scoring fails through no fault of the file while merged: the slots are deleted and a refund is written to Alpha.
        await using (var db = await host.OpenAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Phases\" SET \"GoldDatasetId\" = NULL", Ct);
        }

        await world.Setup.DrainQueueAsync();
        await using (var db = await host.OpenAsync())
        {
            (await db.QuotaLedger.SingleAsync(e => e.Kind == QuotaLedgerKind.Refund, Ct)).TeamId.ShouldBe(world.Setup.TeamId);
            (await db.QuotaSlots.AnyAsync(Ct)).ShouldBeFalse();
        }

        (await world.UnmergeAsync()).ShouldSucceed().LedgerEntriesReturned.ShouldBe(2, "the upload's line and its refund");

        await using var check = await host.OpenAsync();
        (await check.QuotaLedger.Where(e => e.SubmissionId == queued).Select(e => e.TeamId).Distinct().SingleAsync(Ct)).ShouldBe(world.Beta);
        (await check.Submissions.SingleAsync(s => s.Id == queued, Ct)).TeamId.ShouldBe(world.Beta);
        (await world.QuotaAsync(world.Beta)).RemainingToday.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusesWhenTheTargetUsedTheSourcesGrantUntilTheTargetIsGrantedAsMuch(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1);
        (await host.Send(new GrantExtraAttemptsCommand(world.Setup.Organizer, world.Setup.PhaseId, world.Beta, 1, "server outage"), Ct)).ShouldSucceed();
        (await world.MergeAsync()).ShouldSucceed();
        for (var i = 0; i < 4; i++)
        {
            (await world.Setup.SubmitAsync(i % 2 == 0 ? SubmissionSetup.PerfectCDrugRed : SubmissionSetup.PartialCDrugRed)).ShouldSucceed();
        }

        var error = (await world.UnmergeAsync()).ShouldFailWith(ErrorCodes.Conflict);

        error.Field.ShouldBe("DailyLimit");
        error.Message.ShouldContain("\"Alpha\" would keep 4 counted submissions of its own, more than its daily limit of 3");
        error.Message.ShouldContain("Grant \"Alpha\" 1 extra attempt(s) for that day first");
        await world.ShouldStillBeMergedAsync();

        (await host.Send(new GrantExtraAttemptsCommand(world.Setup.Organizer, world.Setup.PhaseId, world.Setup.TeamId, 1, "undo merge"), Ct)).ShouldSucceed();
        (await world.UnmergeAsync()).ShouldSucceed();
        (await world.QuotaAsync(world.Setup.TeamId)).RemainingToday.ShouldBe(0);
        (await world.QuotaAsync(world.Beta)).RemainingToday.ShouldBe(4, "Beta's grant came back with it");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RefusalsSayWhatToDoAndChangeNothing(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1);
        (await host.Send(new UnmergeTeamCommand(world.Setup.Organizer, world.Beta, Reason), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("is not merged into another team");
        (await host.Send(new UnmergeTeamCommand(world.Setup.Organizer, Guid.NewGuid(), Reason), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await world.MergeAsync()).ShouldSucceed();

        (await host.Send(new UnmergeTeamCommand(world.Setup.Leader, world.Beta, Reason), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new UnmergeTeamCommand(world.Setup.Organizer, world.Beta, " "), Ct)).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Reason");

        // Alpha's leadership passed to Beta's leader: Alpha would be left without one.
        (await host.Send(new TransferLeadershipCommand(world.Setup.Leader, world.Setup.TeamId, world.BetaLeader.UserId), Ct)).ShouldSucceed();
        (await world.UnmergeAsync()).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("hand the leadership of \"Alpha\" to one of its own members first");
        await world.ShouldStillBeMergedAsync();
        (await host.Send(new TransferLeadershipCommand(world.BetaLeader, world.Setup.TeamId, world.Setup.Leader.UserId), Ct)).ShouldSucceed();

        // An upload that slipped into Beta during the merge must be swept up first; the sweep's record is undone too.
        (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, world.BetaLeader)).ShouldSucceed();
        await using (var db = await host.OpenAsync())
        {
            var late = await db.Submissions.SingleAsync(Ct);
            late.MoveToTeam(world.Beta);
            foreach (var slot in await db.QuotaSlots.ToListAsync(Ct))
            {
                slot.MoveToTeam(world.Beta, slot.Number);
            }

            await db.SaveChangesAsync(Ct);
        }

        (await world.UnmergeAsync()).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("merge it into \"Alpha\" again to sweep them up");
        (await world.MergeAsync()).ShouldSucceed();
        (await world.UnmergeAsync()).ShouldSucceed().SubmissionsReturned.ShouldBe(1);
        await using (var db = await host.OpenAsync())
        {
            (await db.TeamMerges.CountAsync(m => m.UndoneAt != null, Ct)).ShouldBe(2);
            (await db.QuotaSlots.Where(s => s.Kind == QuotaSlotKind.Daily).Select(s => new { s.TeamId, s.Number }).SingleAsync(Ct)).ShouldBe(new { TeamId = world.Beta, Number = 1 });
        }

        // A merge from before merges were recorded cannot be undone: the portal cannot tell what to give back.
        (await world.MergeAsync()).ShouldSucceed();
        await using (var db = await host.OpenAsync())
        {
            await db.TeamMerges.Where(m => m.UndoneAt == null).ExecuteDeleteAsync(Ct);
        }

        (await world.UnmergeAsync()).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("before merges were recorded for undoing");
        await world.ShouldStillBeMergedAsync(undone: 1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AJoinOrASelectionRacingTheUndoMakesItFailWithNothingChanged(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await World.CreateAsync(host, betaMembers: 1);
        (await world.Setup.SubmitAsync(SubmissionSetup.PartialCDrugRed, world.BetaLeader)).ShouldSucceed();
        var alphaUpload = (await world.Setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        await world.Setup.DrainQueueAsync();
        (await world.MergeAsync()).ShouldSucceed();
        var joiner = await host.CreateUserAsync("joiner");
        var factory = host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        // Between the undo's reads and its save, someone joins Alpha (a membership change of the target).
        host.RaceBeforeNextSave(() =>
        {
            using var other = factory.CreateDbContext();
            other.Teams.Include(t => t.Members).Single(t => t.Id == world.Setup.TeamId).AddMember(joiner.UserId, host.Clock.UtcNow);
            other.SaveChanges();
        });
        var raced = await host.Send(new UnmergeTeamCommand(world.Setup.Organizer, world.Beta, Reason), Ct);

        raced.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("arrived while undoing the merge; nothing was changed");
        await world.ShouldStillBeMergedAsync();
        await using (var db = await host.OpenAsync())
        {
            (await db.TeamMembers.CountAsync(m => m.TeamId == world.Setup.TeamId, Ct)).ShouldBe(4, "Alpha's two, Beta's leader and the joiner");
        }

        var merged = await world.FactsAsync();

        // Between the reads and the save, a member selects a submission for the final ranking (which changes the team's version).
        host.RaceBeforeNextSave(() =>
        {
            using var other = factory.CreateDbContext();
            var team = other.Teams.Single(t => t.Id == world.Setup.TeamId);
            team.Version = Guid.NewGuid();
            other.Submissions.Single(s => s.Id == alphaUpload).SelectForFinal(true);
            other.SaveChanges();
        });
        raced = await host.Send(new UnmergeTeamCommand(world.Setup.Organizer, world.Beta, Reason), Ct);

        raced.ShouldFailWith(ErrorCodes.Conflict);
        await world.ShouldStillBeMergedAsync();
        (await world.FactsAsync()).ShouldBe(merged.Replace($"{alphaUpload}: Alpha Scored counted", $"{alphaUpload}: Alpha Scored counted selected", StringComparison.Ordinal), "only the racing selection changed");

        // Trying again succeeds; the joiner stays in Alpha.
        (await world.UnmergeAsync()).ShouldSucceed().MembersReturned.ShouldBe(1);
        await using var check = await host.OpenAsync();
        (await check.TeamMembers.SingleAsync(m => m.UserId == joiner.UserId, Ct)).TeamId.ShouldBe(world.Setup.TeamId);
    }

    /// <summary>Alpha (leader + member) and Beta (leader + members), both approved, on a phase that ranks by selected submissions.</summary>
    internal sealed class World
    {
        private World(PortalTestHost host, SubmissionSetup setup, Guid beta, Actor betaLeader, Actor betaMember)
        {
            Host = host;
            Setup = setup;
            Beta = beta;
            BetaLeader = betaLeader;
            BetaMember = betaMember;
        }

        public PortalTestHost Host { get; }

        public SubmissionSetup Setup { get; }

        public Guid Beta { get; }

        public Actor BetaLeader { get; }

        /// <summary>Beta's second member (Beta's leader when Beta has only one).</summary>
        public Actor BetaMember { get; }

        public static async Task<World> CreateAsync(PortalTestHost host, int betaMembers, RepresentativeSubmission representative = RepresentativeSubmission.Selected)
        {
            var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { Representative = representative, SelectionLimit = 1 });
            var betaLeader = await host.CreateUserAsync("beta-leader");
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            var beta = await host.CreateTeamAsync(betaLeader, setup.TaskId, "Beta");
            var betaMember = betaLeader;
            for (var i = 1; i < betaMembers; i++)
            {
                host.Clock.Advance(TimeSpan.FromMinutes(1));
                betaMember = await host.CreateUserAsync($"beta-{i}");
                await host.JoinAsync(betaLeader, betaMember, beta);
            }

            await host.RegisterAndApproveAsync(betaLeader, setup.Organizer, beta);
            if (betaMember != betaLeader)
            {
                // Every member accepts the task's terms before submitting, not only the leader who registered.
                (await host.Send(new MedRec.Portal.Application.Features.Terms.AcceptTerms.AcceptTermsCommand(betaMember, setup.TaskId, 1), Ct)).ShouldSucceed();
            }

            return new World(host, setup, beta, betaLeader, betaMember);
        }

        public Task<Result<TeamMergeOutcome>> MergeAsync() =>
            Host.Send(new MergeTeamsCommand(Setup.Organizer, Setup.TeamId, Beta, "one lab registered twice"), Ct).AsTask();

        public Task<Result<TeamUnmergeOutcome>> UnmergeAsync() =>
            Host.Send(new UnmergeTeamCommand(Setup.Organizer, Beta, Reason), Ct).AsTask();

        public async Task<QuotaStatus> QuotaAsync(Guid teamId) =>
            (await Host.Send(new GetQuotaStatusQuery(Setup.Organizer, Setup.PhaseId, teamId), Ct)).ShouldSucceed();

        /// <summary>Beta is still merged into Alpha, empty, and only <paramref name="undone"/> undo(s) were ever audited.</summary>
        public async Task ShouldStillBeMergedAsync(int undone = 0)
        {
            await using var db = await Host.OpenAsync();
            var beta = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == Beta, Ct);
            beta.MergedIntoTeamId.ShouldBe(Setup.TeamId);
            beta.Members.ShouldBeEmpty();
            (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.TeamUnmerged, Ct)).ShouldBe(undone);
        }

        /// <summary>
        /// Everything a person or a limit relies on, as text: both teams (leader, merged, members with join times),
        /// every submission, slot and ledger line with its team, both quotas (used and left today and in all), the
        /// board and each team's My submissions list.
        /// </summary>
        public async Task<string> FactsAsync()
        {
            var text = new StringBuilder();
            await using var db = await Host.OpenAsync();
            var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => t.TaskId == Setup.TaskId).OrderBy(t => t.Name).ToListAsync(Ct);
            var names = teams.ToDictionary(t => t.Id, t => t.Name);
            foreach (var team in teams)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"team {team.Name}: leader {team.LeaderId} merged {team.MergedIntoTeamId} {team.MergedAt:O} leads {team.IsLeader(team.LeaderId)}");
                foreach (var member in team.Members.OrderBy(m => m.UserId))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  member {member.UserId} joined {member.JoinedAt:O}");
                }
            }

            foreach (var s in await db.Submissions.AsNoTracking().OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToListAsync(Ct))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"submission {s.Id}: {names[s.TeamId]} {s.Status} {(s.Counted ? "counted" : "free")}{(s.IsSelectedForFinal ? " selected" : "")}");
            }

            foreach (var slot in await db.QuotaSlots.AsNoTracking().OrderBy(s => s.SubmissionId).ThenBy(s => s.Kind).ToListAsync(Ct))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"slot {slot.Id}: {names[slot.TeamId]} {slot.Kind} {slot.QuotaDay:O} #{slot.Number}");
            }

            foreach (var entry in await db.QuotaLedger.AsNoTracking().OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(Ct))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"ledger {entry.Id}: {names[entry.TeamId]} {entry.Kind} {entry.ExtraAttempts}");
            }

            foreach (var team in teams.Where(t => !t.IsMerged))
            {
                var quota = await QuotaAsync(team.Id);
                text.AppendLine(CultureInfo.InvariantCulture, $"quota {team.Name}: today {quota.UsedToday}/{quota.DailyLimit} left {quota.RemainingToday}, total {quota.UsedTotal}/{quota.TotalLimit} left {quota.RemainingTotal}");
                var reader = team.Members.OrderBy(m => m.JoinedAt).First().UserId;
                var mine = (await Host.Send(new ListSubmissionsQuery(new Actor(reader, false), Setup.PhaseId), Ct)).ShouldSucceed();
                text.AppendLine(CultureInfo.InvariantCulture, $"my submissions {team.Name}: {string.Join(", ", mine.Select(m => $"{m.Id} {m.Status} {m.PrimaryScore?.ToString("0.0000", CultureInfo.InvariantCulture)} {m.CountingNote}"))}");
            }

            var board = (await Host.Send(new GetBoardQuery(Setup.Organizer, Setup.PhaseId), Ct)).ShouldSucceed();
            foreach (var row in board.Rows.Items)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"board {row.Rank} {row.Name}: {row.PrimaryScore:0.0000} of {row.SubmissionCount} via {row.SubmissionId}{(row.IsOverridden ? " overridden" : "")}");
            }

            return text.ToString();
        }
    }
}
