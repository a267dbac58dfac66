using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Audit.QueryAuditLog;
using MedRec.Portal.Application.Features.Users.ListUsers;
using MedRec.Portal.Domain.Audit;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Users;

public sealed class UsersAndAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OrganizersPageAndSearchUsers(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        await host.CreateUserAsync("alice");
        await host.CreateUserAsync("bob");

        var page = (await host.Send(new ListUsersQuery(organizer, Page: 1, PageSize: 2), Ct)).ShouldSucceed();
        page.TotalCount.ShouldBe(3);
        page.Items.Select(u => u.Email).ShouldBe(["alice@test.medrec", "bob@test.medrec"]);

        var found = (await host.Send(new ListUsersQuery(organizer, Search: "ORGAN"), Ct)).ShouldSucceed();
        var user = found.Items.ShouldHaveSingleItem();
        user.IsOrganizer.ShouldBeTrue();
        user.DisplayName.ShouldBe("organizer");
        (await host.Send(new ListUsersQuery(organizer, Search: "bob"), Ct)).ShouldSucceed().Items.ShouldHaveSingleItem().IsOrganizer.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCannotListUsersOrReadTheAuditLog(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var participant = await host.CreateUserAsync("participant");
        (await host.Send(new ListUsersQuery(participant), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new QueryAuditLogQuery(participant), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AuditLogIsNewestFirstWithActorNamesAndFilters(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var teamId = await host.CreateTeamAsync(leader, taskId, "Alpha");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RegisterAndApproveAsync(leader, organizer, teamId);

        var all = (await host.Send(new QueryAuditLogQuery(organizer), Ct)).ShouldSucceed();
        all.Items.Select(e => e.Action).ShouldBe([AuditActions.RegistrationApproved, AuditActions.RegistrationSubmitted, AuditActions.TeamCreated, AuditActions.TaskCreated], ignoreOrder: false);
        all.Items[2].ActorDisplayName.ShouldBe("leader");

        var teamEvents = (await host.Send(new QueryAuditLogQuery(organizer, EntityType: "Team", EntityId: teamId.ToString()), Ct)).ShouldSucceed();
        teamEvents.Items.ShouldHaveSingleItem().AfterJson.ShouldNotBeNull().ShouldContain("\"Name\":\"Alpha\"");

        var byLeader = (await host.Send(new QueryAuditLogQuery(organizer, ActorUserId: leader.UserId), Ct)).ShouldSucceed();
        byLeader.TotalCount.ShouldBe(2);

        var window = (await host.Send(new QueryAuditLogQuery(organizer, FromUtc: host.Clock.UtcNow.AddSeconds(-30)), Ct)).ShouldSucceed();
        window.TotalCount.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AuditLogListsSystemEventsThatHaveNoActor(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        await host.CreateTaskAsync(organizer);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = await host.OpenAsync())
        {
            // What start-up seeding writes: an event of the system itself, with no user behind it.
            db.AuditEvents.Add(new AuditEvent(Guid.NewGuid(), host.Clock.UtcNow, actorUserId: null, "system.seeded", "Portal", "demo", null, "{}"));
            await db.SaveChangesAsync(Ct);
        }

        var log = (await host.Send(new QueryAuditLogQuery(organizer), Ct)).ShouldSucceed();

        log.TotalCount.ShouldBe(2);
        log.Items[0].Action.ShouldBe("system.seeded");
        log.Items[0].ActorUserId.ShouldBeNull();
        log.Items[0].ActorDisplayName.ShouldBe("");
        log.Items[1].ActorDisplayName.ShouldBe("organizer");
    }
}
