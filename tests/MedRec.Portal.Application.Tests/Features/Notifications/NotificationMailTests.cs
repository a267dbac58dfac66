using MedRec.Portal.Application.Features.Announcements;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Notifications;

/// <summary>
/// Each notification kind as its recipients read it in the development file sink: sent through the outbox, in the
/// recipient's language, and not at all to someone who opted out of that kind.
/// </summary>
public sealed class NotificationMailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RegistrationApprovedReachesEveryMemberInTheirOwnLanguage(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, approve: false);
        await host.SetLanguageAsync(setup.Member, "en");
        var registrationId = (await host.Send(new RegisterTeamCommand(setup.Leader, setup.TeamId, AcceptDataUseTerms: true), Ct)).ShouldSucceed();
        (await host.Send(new DecideRegistrationCommand(setup.Organizer, registrationId, Approve: true), Ct)).ShouldSucceed();

        var mails = await host.DeliverMailAsync();
        var leader = mails.Single(m => m.To == "leader@test.medrec");
        leader.Language.ShouldBe("zh-CN");
        leader.Subject.ShouldBe("报名已通过：出院带药推荐");
        leader.Text.ShouldContain("队伍“Alpha”");
        var member = mails.Single(m => m.To == "member@test.medrec");
        member.Language.ShouldBe("en");
        member.Subject.ShouldBe("Registration approved: Discharge medication recommendation");
        member.Html!.ShouldContain("team &quot;Alpha&quot;");
    }

    [Fact]
    public async Task RegistrationDeniedCarriesTheReasonAndAnOptedOutMemberGetsNothing()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, approve: false);
        (await host.Send(new SetNotificationSettingCommand(setup.Member, NotificationKind.RegistrationDecided, Enabled: false), Ct)).ShouldSucceed();
        var registrationId = (await host.Send(new RegisterTeamCommand(setup.Leader, setup.TeamId, AcceptDataUseTerms: true), Ct)).ShouldSucceed();
        (await host.Send(new DecideRegistrationCommand(setup.Organizer, registrationId, Approve: false, Reason: "缺少单位证明"), Ct)).ShouldSucceed();

        var mails = await host.DeliverMailAsync();
        var leader = mails.ShouldHaveSingleItem("the member opted out of registration mails");
        leader.To.ShouldBe("leader@test.medrec");
        leader.Subject.ShouldBe("报名未通过：出院带药推荐");
        leader.Text.ShouldContain("原因：缺少单位证明");

        var settings = (await host.Send(new GetNotificationSettingsQuery(setup.Member), Ct)).ShouldSucceed();
        settings.Single(s => s.Kind == NotificationKind.RegistrationDecided).Enabled.ShouldBeFalse();
        settings.Where(s => s.Kind != NotificationKind.RegistrationDecided).ShouldAllBe(s => s.Enabled);
    }

    [Fact]
    public async Task ASubmissionThatFailsToScoreIsReportedToItsSubmitter()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        await host.SetLanguageAsync(setup.Member, "en");
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);
        await using (var db = await host.OpenAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"Phases\" SET \"GoldDatasetId\" = NULL", Ct);
        }

        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, setup.Member)).ShouldSucceed();
        await setup.DrainQueueAsync();

        var mail = (await host.DeliverMailAsync()).ShouldHaveSingleItem("only the submitter is told");
        mail.To.ShouldBe("member@test.medrec");
        mail.Subject.ShouldBe("Submission failed to score: Discharge medication recommendation");
        mail.Text.ShouldContain("\"predictions.json\"");
        mail.Text.ShouldContain(Application.Features.Submissions.Queue.SubmissionScoringService.NoGoldReason);
        Directory.Delete(host.MailFolder, recursive: true);

        // The reason is in the submitter's language too, not only the mail around it.
        await host.SetLanguageAsync(setup.Member, "zh-CN");
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, setup.Member)).ShouldSucceed();
        await setup.DrainQueueAsync();
        var chinese = (await host.DeliverMailAsync()).ShouldHaveSingleItem();
        chinese.Text.ShouldContain("原因：组织者尚未上传本阶段的标准答案，暂时无法评分。");
        chinese.Text.ShouldNotContain("The organisers");
    }

    [Fact]
    public async Task FreezingAndReleasingTheBoardTellTheParticipants()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        await host.SetLanguageAsync(setup.Member, "en");
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);

        (await host.Send(new FreezeBoardCommand(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();
        var frozen = await host.DeliverMailAsync();
        frozen.Select(m => m.To).Order().ShouldBe(["leader@test.medrec", "member@test.medrec"]);
        frozen.Single(m => m.To == "leader@test.medrec").Subject.ShouldBe("排行榜已冻结：出院带药推荐");
        frozen.Single(m => m.To == "member@test.medrec").Subject.ShouldBe("Board frozen: Discharge medication recommendation");
        Directory.Delete(host.MailFolder, recursive: true);

        (await host.Send(new ReleaseBoardCommand(setup.Organizer, setup.PhaseId), Ct)).ShouldSucceed();
        var released = await host.DeliverMailAsync();
        released.Single(m => m.To == "member@test.medrec").Subject.ShouldBe("Board released: Discharge medication recommendation");
        released.Single(m => m.To == "leader@test.medrec").Text.ShouldContain("排行榜已公布");
    }

    [Fact]
    public async Task AScheduledFreezeTellsTheParticipantsOnceWhenTheJobTakesIt()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        await host.SetLanguageAsync(setup.Member, "en");
        var freezeAt = host.Clock.UtcNow.AddHours(1);
        (await host.Send(new ScheduleFreezeCommand(setup.Organizer, setup.PhaseId, freezeAt), Ct)).ShouldSucceed();
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);

        var job = host.Services.GetRequiredService<Application.Features.Leaderboards.Snapshots.BoardSnapshotService>();
        (await job.RunDueAsync(Ct)).ShouldBe(0);
        (await host.DeliverMailAsync()).ShouldBeEmpty("nothing before the instant");

        host.Clock.Set(freezeAt.AddMinutes(2));
        (await job.RunDueAsync(Ct)).ShouldBe(1);
        (await job.RunDueAsync(Ct)).ShouldBe(0);
        var frozen = await host.DeliverMailAsync();
        frozen.Select(m => m.To).Order().ToList().ShouldBe(["leader@test.medrec", "member@test.medrec"], customMessage: "one mail each, however often the job runs");
        frozen.Single(m => m.To == "member@test.medrec").Subject.ShouldBe("Board frozen: Discharge medication recommendation");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task PhaseRemindersGoOutOnceWithTheTimeInThePhasesZone(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        await host.SetLanguageAsync(setup.Member, "en");
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);
        var reminders = host.Services.GetRequiredService<PhaseReminderService>();

        // The phase closes 2025-07-01 00:00 UTC; the default lead is 24 h.
        host.Clock.Set(new DateTime(2025, 6, 29, 23, 0, 0, DateTimeKind.Utc));
        (await reminders.RunDueAsync(Ct)).ShouldBe(0, "25 hours before closing: not yet");
        host.Clock.Set(new DateTime(2025, 6, 30, 1, 0, 0, DateTimeKind.Utc));
        var results = await Task.WhenAll(reminders.RunDueAsync(Ct), reminders.RunDueAsync(Ct));
        results.Sum().ShouldBe(1, "two job runs at once (two instances) send the reminder once");
        (await reminders.RunDueAsync(Ct)).ShouldBe(0);

        var mails = await host.DeliverMailAsync();
        mails.Count.ShouldBe(2);
        var member = mails.Single(m => m.To == "member@test.medrec");
        member.Subject.ShouldBe("Phase closes soon: Discharge medication recommendation A");
        member.Text.ShouldContain("2025-07-01 08:00 (Asia/Shanghai)");
        mails.Single(m => m.To == "leader@test.medrec").Text.ShouldContain("截止提交");
    }

    [Fact]
    public async Task APhaseOpeningSoonIsAnnouncedToTheRegisteredTeams()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var next = await host.CreatePhaseAsync(setup.Organizer, setup.TaskId, "B", new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);

        host.Clock.Set(new DateTime(2025, 7, 31, 12, 0, 0, DateTimeKind.Utc));
        (await host.Services.GetRequiredService<PhaseReminderService>().RunDueAsync(Ct)).ShouldBe(1);

        var mails = await host.DeliverMailAsync();
        mails.Count.ShouldBe(2);
        mails.ShouldAllBe(m => m.Subject.StartsWith("阶段即将开始：出院带药推荐 B", StringComparison.Ordinal));
        mails[0].Text.ShouldContain("2025-08-01 08:00 (Asia/Shanghai)");
        await using var db = await host.OpenAsync();
        (await db.PhaseReminders.SingleAsync(Ct)).PhaseId.ShouldBe(next);
    }

    [Fact]
    public async Task AnInvitationByAddressIsMailedInTheInviteesLanguage()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var invitee = await host.CreateUserAsync("invitee");
        await host.SetLanguageAsync(invitee, "en");
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);

        var bad = await host.Send(new CreateInvitationCommand(setup.Leader, setup.TeamId, InviteeEmail: "not an address"), Ct);
        bad.IsFailure.ShouldBeTrue();
        bad.Errors[0].Message.ShouldContain("is not an e-mail address");

        var invitation = (await host.Send(new CreateInvitationCommand(setup.Leader, setup.TeamId, InviteeEmail: "invitee@test.medrec"), Ct)).ShouldSucceed();
        var stranger = (await host.Send(new CreateInvitationCommand(setup.Leader, setup.TeamId, InviteeEmail: "someone@example.org", InviterLanguage: "zh-CN"), Ct)).ShouldSucceed();

        var mails = await host.DeliverMailAsync();
        var english = mails.Single(m => m.To == "invitee@test.medrec");
        english.Subject.ShouldBe("Invitation to join team \"Alpha\"");
        english.Text.ShouldContain(invitation.Code);
        english.Text.ShouldContain("leader invites you");
        var chinese = mails.Single(m => m.To == "someone@example.org");
        chinese.Language.ShouldBe("zh-CN");
        chinese.Text.ShouldContain(stranger.Code);
    }

    [Fact]
    public async Task AnAnnouncementMailGoesToRegisteredMembersWithSanitisedHtml()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        await host.SetLanguageAsync(setup.Member, "en");
        await host.CreateUserAsync("outsider");
        await host.DeliverMailAsync();
        Directory.Delete(host.MailFolder, recursive: true);

        var id = (await host.Send(new PostAnnouncementCommand(setup.Organizer, setup.TaskId,
            "数据更新", "Data update",
            "第二批**输入**已上传。<script>alert(1)</script> [x](javascript:alert(1))",
            "The second batch of **inputs** is up. <script>alert(1)</script> [x](javascript:alert(1))",
            Pinned: true, EmailMembers: true), Ct)).ShouldSucceed();

        var mails = await host.DeliverMailAsync();
        mails.Select(m => m.To).Order().ShouldBe(["leader@test.medrec", "member@test.medrec"]);
        mails.ShouldNotContain(m => m.To == "outsider@test.medrec", "registered members only");
        var english = mails.Single(m => m.To == "member@test.medrec");
        english.Subject.ShouldBe("[Discharge medication recommendation] Data update");
        english.Html!.ShouldContain("<strong>inputs</strong>");
        english.Html!.ShouldNotContain("<script>");
        english.Html!.ShouldNotContain("javascript:");
        mails.Single(m => m.To == "leader@test.medrec").Html!.ShouldContain("<strong>输入</strong>");

        var listed = (await host.Send(new ListAnnouncementsQuery(null, setup.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        listed.Id.ShouldBe(id);
        listed.Pinned.ShouldBeTrue();
        listed.EmailedAt.ShouldNotBeNull();
    }
}
