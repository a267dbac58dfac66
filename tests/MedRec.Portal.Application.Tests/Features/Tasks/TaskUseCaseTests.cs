using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Application.Features.Tasks.UpdatePhase;
using MedRec.Portal.Application.Features.Tasks.UpdateTask;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Scoring.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Tasks;

public sealed class TaskUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OrganizerCreatesTaskAndTheAuditLogRecordsIt(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer, TaskKind.Icd, "icd");

        await using var db = await host.OpenAsync();
        var task = await db.Tasks.SingleAsync(Ct);
        task.Id.ShouldBe(taskId);
        task.Kind.ShouldBe(TaskKind.Icd);
        var audit = await db.AuditEvents.SingleAsync(Ct);
        audit.Action.ShouldBe(AuditActions.TaskCreated);
        audit.ActorUserId.ShouldBe(organizer.UserId);
        audit.EntityId.ShouldBe(taskId.ToString());
        audit.AfterJson.ShouldNotBeNull().ShouldContain("\"Slug\":\"icd\"");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ParticipantCannotCreateTasks(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var participant = await host.CreateUserAsync("participant");
        var result = await host.Send(new CreateTaskCommand(participant, TaskKind.CDrugRed, "cdrugred", new TaskTexts("标题", "Title")), Ct);
        result.ShouldFailWith(ErrorCodes.Forbidden);
        await using var db = await host.OpenAsync();
        (await db.Tasks.AnyAsync(Ct)).ShouldBeFalse();
        (await db.AuditEvents.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RejectsDuplicateSlug(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        await host.CreateTaskAsync(organizer);
        var again = await host.Send(new CreateTaskCommand(organizer, TaskKind.CDrugRed, "cdrugred", new TaskTexts("又一个", "Again")), Ct);
        again.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("\"cdrugred\"");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task EditWithAStaleVersionIsRefused(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer);
        var loaded = (await host.Send(new GetTaskDetailQuery(organizer, "cdrugred"), Ct)).ShouldSucceed();

        (await host.Send(new UpdateTaskCommand(organizer, taskId, loaded.Texts with { TitleEn = "First edit" }, true, loaded.Version), Ct)).ShouldSucceed();
        (await host.Send(new UpdateTaskCommand(organizer, taskId, loaded.Texts with { TitleEn = "Second edit" }, true, loaded.Version), Ct))
            .ShouldFailWith(ErrorCodes.Concurrency);

        var after = (await host.Send(new GetTaskDetailQuery(organizer, "cdrugred"), Ct)).ShouldSucceed();
        after.Texts.TitleEn.ShouldBe("First edit");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task PhaseSettingsAreValidatedWithEveryProblemReturned(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer);
        var now = host.Clock.UtcNow;
        var result = await host.Send(
            new CreatePhaseCommand(organizer, taskId, new PhaseSettings { Code = "A", OpensAt = now, ClosesAt = now.AddDays(-1), DailyLimit = 0 }),
            Ct);
        result.ShouldFailWith(ErrorCodes.Validation);
        result.Errors.Select(e => e.Field).ShouldBe([nameof(PhaseSettings.ClosesAt), nameof(PhaseSettings.DailyLimit)], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UpdatingAPhaseToOverlapAnotherIsRefused(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var taskId = await host.CreateTaskAsync(organizer);
        var now = host.Clock.UtcNow;
        await host.CreatePhaseAsync(organizer, taskId, "A", now, now.AddDays(10));
        var b = await host.CreatePhaseAsync(organizer, taskId, "B", now.AddDays(20), now.AddDays(30));

        var result = await host.Send(
            new UpdatePhaseCommand(organizer, b, new PhaseSettings { Code = "B", OpensAt = now.AddDays(5), ClosesAt = now.AddDays(30) }), Ct);
        result.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("overlaps phase \"A\"");

        var ok = await host.Send(
            new UpdatePhaseCommand(organizer, b, new PhaseSettings { Code = "B", OpensAt = now.AddDays(15), ClosesAt = now.AddDays(30), DailyLimit = 3 }), Ct);
        ok.ShouldSucceed();
        await using var db = await host.OpenAsync();
        (await db.Phases.SingleAsync(p => p.Id == b, Ct)).DailyLimit.ShouldBe(3);
        (await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PhaseUpdated, Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task HomePageListsPublishedTasksWithTheirCurrentPhase(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var cdrugred = await host.CreateTaskAsync(organizer, TaskKind.CDrugRed, "cdrugred");
        await host.CreateTaskAsync(organizer, TaskKind.Icd, "icd-draft", publish: false);
        var now = host.Clock.UtcNow;
        await host.CreatePhaseAsync(organizer, cdrugred, "A", now.AddDays(-1), now.AddDays(10));
        await host.CreatePhaseAsync(organizer, cdrugred, "B", now.AddDays(20), now.AddDays(30));

        var anonymous = await host.Send(new ListTasksQuery(null), Ct);
        var card = anonymous.ShouldHaveSingleItem();
        card.Slug.ShouldBe("cdrugred");
        card.CurrentPhaseCode.ShouldBe("A");
        card.CurrentPhaseStatus.ShouldBe(PhaseStatus.Open);
        card.PhaseCount.ShouldBe(2);

        (await host.Send(new ListTasksQuery(organizer), Ct)).Count.ShouldBe(2);

        host.Clock.Advance(TimeSpan.FromDays(15));
        var later = (await host.Send(new ListTasksQuery(null), Ct)).ShouldHaveSingleItem();
        later.CurrentPhaseCode.ShouldBe("B");
        later.CurrentPhaseStatus.ShouldBe(PhaseStatus.Upcoming);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UnpublishedTaskIsHiddenFromParticipants(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var participant = await host.CreateUserAsync("participant");
        await host.CreateTaskAsync(organizer, publish: false);
        (await host.Send(new GetTaskDetailQuery(participant, "cdrugred"), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await host.Send(new GetTaskDetailQuery(organizer, "cdrugred"), Ct)).ShouldSucceed().IsPublished.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TaskDetailShowsTheViewersTeamAndDataRights(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var leader = await host.CreateUserAsync("leader");
        var taskId = await host.CreateTaskAsync(organizer);
        var teamId = await host.CreateTeamAsync(leader, taskId, "演示队");

        var before = (await host.Send(new GetTaskDetailQuery(leader, "cdrugred"), Ct)).ShouldSucceed();
        before.MyTeam.ShouldNotBeNull().TeamId.ShouldBe(teamId);
        before.MyTeam.IsLeader.ShouldBeTrue();
        before.MyTeam.RegistrationStatus.ShouldBeNull();
        before.CanDownloadData.ShouldBeFalse();

        await host.RegisterAndApproveAsync(leader, organizer, teamId);
        var after = (await host.Send(new GetTaskDetailQuery(leader, "cdrugred"), Ct)).ShouldSucceed();
        after.CanDownloadData.ShouldBeTrue();
    }
}
