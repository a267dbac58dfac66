using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Audit.QueryAuditLog;
using MedRec.Portal.Application.Features.Users.ListUsers;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Tests.Support;

namespace MedRec.Portal.Infrastructure.Tests.Features;

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
        var handler = host.Handler<ListUsersHandler>();

        var page = (await handler.Handle(new ListUsersQuery(organizer, Page: 1, PageSize: 2), Ct)).ShouldSucceed();
        page.TotalCount.ShouldBe(3);
        page.Items.Select(u => u.Email).ShouldBe(["alice@test.medrec", "bob@test.medrec"]);

        var found = (await handler.Handle(new ListUsersQuery(organizer, Search: "ORGAN"), Ct)).ShouldSucceed();
        var user = found.Items.ShouldHaveSingleItem();
        user.IsOrganizer.ShouldBeTrue();
        user.DisplayName.ShouldBe("organizer");
        (await handler.Handle(new ListUsersQuery(organizer, Search: "bob"), Ct)).ShouldSucceed().Items.ShouldHaveSingleItem().IsOrganizer.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantsCannotListUsersOrReadTheAuditLog(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var participant = await host.CreateUserAsync("participant");
        (await host.Handler<ListUsersHandler>().Handle(new ListUsersQuery(participant), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Handler<QueryAuditLogHandler>().Handle(new QueryAuditLogQuery(participant), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
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

        var handler = host.Handler<QueryAuditLogHandler>();
        var all = (await handler.Handle(new QueryAuditLogQuery(organizer), Ct)).ShouldSucceed();
        all.Items.Select(e => e.Action).ShouldBe([AuditActions.RegistrationApproved, AuditActions.RegistrationSubmitted, AuditActions.TeamCreated, AuditActions.TaskCreated], ignoreOrder: false);
        all.Items[2].ActorDisplayName.ShouldBe("leader");

        var teamEvents = (await handler.Handle(new QueryAuditLogQuery(organizer, EntityType: "Team", EntityId: teamId.ToString()), Ct)).ShouldSucceed();
        teamEvents.Items.ShouldHaveSingleItem().AfterJson.ShouldNotBeNull().ShouldContain("\"Name\":\"Alpha\"");

        var byLeader = (await handler.Handle(new QueryAuditLogQuery(organizer, ActorUserId: leader.UserId), Ct)).ShouldSucceed();
        byLeader.TotalCount.ShouldBe(2);

        var window = (await handler.Handle(new QueryAuditLogQuery(organizer, FromUtc: host.Clock.UtcNow.AddSeconds(-30)), Ct)).ShouldSucceed();
        window.TotalCount.ShouldBe(2);
    }
}
