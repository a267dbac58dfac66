using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.ListRegistrations;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Registrations;

public sealed class RegistrationUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task LeaderRegistersAcceptingTheTermsAndOrganizerApproves(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");

        var id = (await host.Send(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: true), Ct)).ShouldSucceed();
        var queue = (await host.Send(new ListRegistrationsQuery(organizer, taskId, RegistrationStatus.Pending), Ct)).ShouldSucceed();
        var pending = queue.ShouldHaveSingleItem();
        pending.Id.ShouldBe(id);
        pending.TermsAcceptedBy.ShouldBe("leader");
        pending.TermsAcceptedAt.ShouldBe(host.Clock.UtcNow);
        pending.TermsVersion.ShouldBe("1");

        host.Clock.Advance(TimeSpan.FromHours(3));
        (await host.Send(new DecideRegistrationCommand(organizer, id, Approve: true, ExpectedVersion: pending.Version), Ct)).ShouldSucceed();

        await using var db = await host.OpenAsync();
        var stored = await db.Registrations.SingleAsync(Ct);
        stored.Status.ShouldBe(RegistrationStatus.Approved);
        stored.DecidedByUserId.ShouldBe(organizer.UserId);
        stored.DecidedAt.ShouldBe(host.Clock.UtcNow);
        (await db.AuditEvents.Select(e => e.Action).ToListAsync(Ct)).ShouldContain(AuditActions.RegistrationApproved);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RegistrationNeedsTheTermsAndTheLeader(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var member = await host.CreateUserAsync("member");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        var code = (await host.Send(new CreateInvitationCommand(leader, teamId), Ct)).ShouldSucceed().Code;
        await host.Send(new JoinTeamCommand(member, code), Ct);

        (await host.Send(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: false), Ct))
            .ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("data-use terms");
        (await host.Send(new RegisterTeamCommand(member, teamId, AcceptDataUseTerms: true), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: true), Ct)).ShouldSucceed();
        (await host.Send(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: true), Ct))
            .ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("waiting");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RejectionNeedsAReasonAndTheTeamMayApplyAgain(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        var id = (await host.Send(new RegisterTeamCommand(leader, teamId, true), Ct)).ShouldSucceed();

        (await host.Send(new DecideRegistrationCommand(organizer, id, Approve: false, Reason: " "), Ct)).ShouldFailWith(ErrorCodes.Validation);
        (await host.Send(new DecideRegistrationCommand(organizer, id, Approve: false, Reason: "请填写单位 / affiliation missing"), Ct)).ShouldSucceed();

        var team = (await host.Send(new Application.Features.Teams.GetTeam.GetTeamQuery(leader, teamId), Ct)).ShouldSucceed();
        team.Registration.ShouldNotBeNull().Status.ShouldBe(RegistrationStatus.Rejected);
        team.Registration.DecisionReason.ShouldBe("请填写单位 / affiliation missing");

        (await host.Send(new RegisterTeamCommand(leader, teamId, true), Ct)).ShouldSucceed().ShouldBe(id);
        (await host.Send(new ListRegistrationsQuery(organizer, Status: RegistrationStatus.Pending), Ct)).ShouldSucceed().ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCannotDecideOrSeeTheQueue(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        var id = (await host.Send(new RegisterTeamCommand(leader, teamId, true), Ct)).ShouldSucceed();

        (await host.Send(new DecideRegistrationCommand(leader, id, Approve: true), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ListRegistrationsQuery(leader), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task SecondOrganizerDecidingFromAStalePageIsRefused(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var first = await host.CreateUserAsync("first", organizer: true);
        var second = await host.CreateUserAsync("second", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(first);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        await host.Send(new RegisterTeamCommand(leader, teamId, true), Ct);
        var seen = (await host.Send(new ListRegistrationsQuery(first), Ct)).ShouldSucceed().Single();

        (await host.Send(new DecideRegistrationCommand(first, seen.Id, Approve: true, ExpectedVersion: seen.Version), Ct)).ShouldSucceed();
        (await host.Send(new DecideRegistrationCommand(second, seen.Id, Approve: false, "duplicate", seen.Version), Ct))
            .ShouldFailWith(ErrorCodes.Concurrency);
    }
}
