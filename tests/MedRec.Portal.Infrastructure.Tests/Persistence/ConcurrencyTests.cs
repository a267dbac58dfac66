using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Infrastructure.Tests.Persistence;

/// <summary>The version token stops two saves that read the same row from both winning.</summary>
public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TwoJoinsRacingForTheLastSeatCannotBothSucceed(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var first = await host.CreateUserAsync("first");
        var second = await host.CreateUserAsync("second");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "Racers");
        await using (var setup = await host.OpenAsync())
        {
            // Leave exactly one free seat: cap 2, one member.
            await setup.Database.ExecuteSqlAsync($"UPDATE \"Teams\" SET \"MaxSize\" = 2", TestContext.Current.CancellationToken);
        }

        await using var a = await host.OpenAsync();
        await using var b = await host.OpenAsync();
        var teamA = await a.Teams.Include(t => t.Members).SingleAsync(t => t.Id == teamId, TestContext.Current.CancellationToken);
        var teamB = await b.Teams.Include(t => t.Members).SingleAsync(t => t.Id == teamId, TestContext.Current.CancellationToken);
        teamA.AddMember(first.UserId, host.Clock.UtcNow);
        teamB.AddMember(second.UserId, host.Clock.UtcNow.AddSeconds(1));

        await a.SaveChangesAsync(TestContext.Current.CancellationToken);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync(TestContext.Current.CancellationToken));

        await using var check = await host.OpenAsync();
        (await check.TeamMembers.CountAsync(m => m.TeamId == teamId, TestContext.Current.CancellationToken)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task DatabaseRefusesASecondTeamForThePersonInTheSameTask(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var person = await host.CreateUserAsync("person");
        var taskId = await host.CreateTaskAsync(organizer);
        await host.CreateTeamAsync(person, taskId, "First");

        // Bypass the use case's check, as a racing request would: the unique (task, user) index must hold.
        await using var db = await host.OpenAsync();
        db.Teams.Add(Team.Create(Guid.NewGuid(), taskId, "Second", null, person.UserId, host.Clock.UtcNow).Value);
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task InstantsComeBackAsUtc(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer);
        var opens = new DateTime(2025, 6, 1, 12, 30, 0, DateTimeKind.Utc);
        await host.CreatePhaseAsync(organizer, taskId, "A", opens, opens.AddDays(10));

        await using var db = await host.OpenAsync();
        var phase = await db.Phases.SingleAsync(TestContext.Current.CancellationToken);
        phase.OpensAt.ShouldBe(opens);
        phase.OpensAt.Kind.ShouldBe(DateTimeKind.Utc);
    }
}
