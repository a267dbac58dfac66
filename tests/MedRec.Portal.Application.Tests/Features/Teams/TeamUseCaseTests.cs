using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Application.Features.Teams.GetMyTeams;
using MedRec.Portal.Application.Features.Teams.GetTeam;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.Application.Features.Teams.LeaveTeam;
using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Application.Features.Teams.RevokeInvitation;
using MedRec.Portal.Application.Features.Teams.TransferLeadership;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Teams;

public sealed class TeamUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record World(PortalTestHost Host, Actor Organizer, Actor Leader, Guid TaskId, Guid TeamId);

    private static async Task<World> StartAsync(DatabaseProvider provider)
    {
        var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        return new World(host, organizer, leader, taskId, teamId);
    }

    private static async Task<string> InviteAsync(World w, TimeSpan? lifetime = null) =>
        (await w.Host.Send(new CreateInvitationCommand(w.Leader, w.TeamId, lifetime), Ct)).ShouldSucceed().Code;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task MemberJoinsWithTheLeadersInvitation(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var member = await host.CreateUserAsync("member");
        var code = await InviteAsync(w);

        (await host.Send(new JoinTeamCommand(member, code), Ct)).ShouldSucceed().ShouldBe(w.TeamId);

        var team = (await host.Send(new GetTeamQuery(member, w.TeamId), Ct)).ShouldSucceed();
        team.Members.Select(m => m.DisplayName).ShouldBe(["leader", "member"]);
        team.Members.Single(m => m.IsLeader).UserId.ShouldBe(w.Leader.UserId);
        team.ViewerIsMember.ShouldBeTrue();
        team.Invitations.ShouldBeEmpty("only the leader sees invitation codes");
        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.TeamJoined && e.ActorUserId == member.UserId, Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OnlyTheLeaderInvites(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var outsider = await host.CreateUserAsync("outsider");
        (await host.Send(new CreateInvitationCommand(outsider, w.TeamId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ExpiredInvitationIsRefused(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var member = await host.CreateUserAsync("member");
        var code = await InviteAsync(w, TimeSpan.FromHours(1));
        host.Clock.Advance(TimeSpan.FromHours(1));
        (await host.Send(new JoinTeamCommand(member, code), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("expired");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RevokedInvitationIsRefused(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var member = await host.CreateUserAsync("member");
        var invitation = (await host.Send(new CreateInvitationCommand(w.Leader, w.TeamId), Ct)).ShouldSucceed();
        (await host.Send(new RevokeInvitationCommand(member, invitation.Id), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new RevokeInvitationCommand(w.Leader, invitation.Id), Ct)).ShouldSucceed();
        (await host.Send(new JoinTeamCommand(member, invitation.Code), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("revoked");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UnknownCodeSaysSo(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        (await host.Send(new JoinTeamCommand(w.Leader, "no-such-code"), Ct)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("No invitation");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TeamStopsAtFiveMembers(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var code = await InviteAsync(w);
        for (var i = 1; i <= 4; i++)
        {
            var member = await host.CreateUserAsync($"member{i}");
            (await host.Send(new JoinTeamCommand(member, code), Ct)).ShouldSucceed();
        }

        var sixth = await host.CreateUserAsync("sixth");
        (await host.Send(new JoinTeamCommand(sixth, code), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("full (5 members)");
        (await host.Send(new CreateInvitationCommand(w.Leader, w.TeamId), Ct)).ShouldFailWith(ErrorCodes.Conflict);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task APersonHasOneTeamPerTask(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var other = await host.CreateUserAsync("other");
        var otherTeam = await host.CreateTeamAsync(other, w.TaskId, "Beta");

        (await host.Send(new CreateTeamCommand(w.Leader, w.TaskId, "Gamma"), Ct))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("\"Alpha\"");

        var code = (await host.Send(new CreateInvitationCommand(other, otherTeam), Ct)).ShouldSucceed().Code;
        (await host.Send(new JoinTeamCommand(w.Leader, code), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("one team per task");

        // Another task is fine.
        var icd = await host.CreateTaskAsync(w.Organizer, TaskKind.Icd, "icd");
        await host.CreateTeamAsync(w.Leader, icd, "Alpha");
        (await host.Send(new GetMyTeamsQuery(w.Leader), Ct)).Select(t => t.TaskSlug).ShouldBe(["cdrugred", "icd"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TeamNamesAreUniqueWithinATask(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var other = await host.CreateUserAsync("other");
        (await host.Send(new CreateTeamCommand(other, w.TaskId, " Alpha "), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("\"Alpha\"");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LeaderHandsOverBeforeLeaving(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        var member = await host.CreateUserAsync("member");
        await host.Send(new JoinTeamCommand(member, await InviteAsync(w)), Ct);

        (await host.Send(new LeaveTeamCommand(w.Leader, w.TeamId), Ct)).ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("transfer leadership");
        (await host.Send(new TransferLeadershipCommand(member, w.TeamId, member.UserId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        var outsider = await host.CreateUserAsync("outsider");
        (await host.Send(new TransferLeadershipCommand(w.Leader, w.TeamId, outsider.UserId), Ct)).ShouldFailWith(ErrorCodes.Validation);
        (await host.Send(new TransferLeadershipCommand(w.Leader, w.TeamId, member.UserId), Ct)).ShouldSucceed();
        (await host.Send(new LeaveTeamCommand(w.Leader, w.TeamId), Ct)).ShouldSucceed().ShouldBe(LeaveTeamOutcome.Left);

        var team = (await host.Send(new GetTeamQuery(member, w.TeamId), Ct)).ShouldSucceed();
        team.LeaderId.ShouldBe(member.UserId);
        team.Members.ShouldHaveSingleItem().UserId.ShouldBe(member.UserId);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LastMemberLeavingDissolvesTheTeamAndFreesThePerson(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await host.Send(new CreateInvitationCommand(w.Leader, w.TeamId), Ct);
        (await host.Send(new LeaveTeamCommand(w.Leader, w.TeamId), Ct)).ShouldSucceed().ShouldBe(LeaveTeamOutcome.TeamDissolved);
        (await host.Send(new ListTeamsQuery(null, w.TaskId), Ct)).ShouldBeEmpty();
        await host.CreateTeamAsync(w.Leader, w.TaskId, "Alpha again");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TeamsListShowsRegistrationStateToOrganizersOnly(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await host.RegisterAndApproveAsync(w.Leader, w.Organizer, w.TeamId);
        var forOrganizer = (await host.Send(new ListTeamsQuery(w.Organizer, w.TaskId), Ct)).ShouldHaveSingleItem();
        forOrganizer.RegistrationStatus.ShouldBe(Domain.Registrations.RegistrationStatus.Approved);
        forOrganizer.LeaderDisplayName.ShouldBe("leader");
        forOrganizer.MemberCount.ShouldBe(1);
        (await host.Send(new ListTeamsQuery(null, w.TaskId), Ct)).ShouldHaveSingleItem().RegistrationStatus.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OutsidersSeeNeitherEmailsNorInvitations(DatabaseProvider provider)
    {
        var w = await StartAsync(provider);
        await using var host = w.Host;
        await InviteAsync(w);
        var outsider = await host.CreateUserAsync("outsider");
        var seen = (await host.Send(new GetTeamQuery(outsider, w.TeamId), Ct)).ShouldSucceed();
        seen.Members.ShouldAllBe(m => m.Email == "");
        seen.Invitations.ShouldBeEmpty();
        seen.Registration.ShouldBeNull();
        var leaderView = (await host.Send(new GetTeamQuery(w.Leader, w.TeamId), Ct)).ShouldSucceed();
        leaderView.Invitations.ShouldHaveSingleItem();
        leaderView.Members.ShouldHaveSingleItem().Email.ShouldBe("leader@test.medrec");
    }
}
