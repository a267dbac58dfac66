using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Application.Features.Email;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Workers;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Email;

/// <summary>The persistent outbox (docs/email.md): queued rows, exponential back-off, restart safety, the file sink's output.</summary>
public sealed class EmailOutboxTests
{
    private static readonly string Owner = LeaseOwners.Name("host-a", "Email", 1);

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AFailingServerIsRetriedWithExponentialBackOffUntilTheMailGoesOut(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await host.Services.GetRequiredService<IEmailOutbox>().QueueAsync("test", [new EmailMessage("member@example.org", "Board released", "The board is public.")], ct);

        var failing = new FailingSender(failures: 2);
        var worker = ActivatorUtilities.CreateInstance<EmailOutboxService>(host.Services, (IEmailSender)failing);

        var id = (await worker.TryClaimNextAsync(Owner, ct)).ShouldNotBeNull();
        await worker.ExecuteAsync(id, Owner, ct);
        var mail = await LoadAsync(host, id);
        mail.Status.ShouldBe(OutboxEmailStatus.Pending);
        mail.Attempts.ShouldBe(1);
        mail.LastError!.ShouldContain("connection refused");
        mail.NextAttemptAt.ShouldBe(host.Clock.UtcNow + TimeSpan.FromSeconds(30), "first retry after Email:Outbox:FirstRetryDelay");
        (await worker.TryClaimNextAsync(Owner, ct)).ShouldBeNull("not due before its back-off has passed");

        host.Clock.Advance(TimeSpan.FromSeconds(30));
        (await worker.TryClaimNextAsync(Owner, ct)).ShouldBe(id);
        await worker.ExecuteAsync(id, Owner, ct);
        mail = await LoadAsync(host, id);
        mail.Attempts.ShouldBe(2);
        mail.NextAttemptAt.ShouldBe(host.Clock.UtcNow + TimeSpan.FromSeconds(60), "the delay doubles");

        host.Clock.Advance(TimeSpan.FromSeconds(60));
        (await worker.TryClaimNextAsync(Owner, ct)).ShouldBe(id);
        await worker.ExecuteAsync(id, Owner, ct);
        mail = await LoadAsync(host, id);
        mail.Status.ShouldBe(OutboxEmailStatus.Sent);
        mail.Attempts.ShouldBe(3);
        mail.LeaseOwner.ShouldBeNull();
        failing.Delivered.Single().Subject.ShouldBe("Board released");
        (await worker.TryClaimNextAsync(Owner, ct)).ShouldBeNull("a sent mail is never sent again");
    }

    [Fact]
    public async Task AMailIsGivenUpAfterTheLastAttemptAndKeptWithItsError()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Email:Outbox:MaxAttempts"] = "2");
        var ct = TestContext.Current.CancellationToken;
        await host.Services.GetRequiredService<IEmailOutbox>().QueueAsync("test", [new EmailMessage("member@example.org", "S", "B")], ct);
        var worker = ActivatorUtilities.CreateInstance<EmailOutboxService>(host.Services, (IEmailSender)new FailingSender(failures: 99));

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var id = (await worker.TryClaimNextAsync(Owner, ct)).ShouldNotBeNull();
            await worker.ExecuteAsync(id, Owner, ct);
            host.Clock.Advance(TimeSpan.FromHours(2));
        }

        (await worker.TryClaimNextAsync(Owner, ct)).ShouldBeNull();
        await using var db = await host.OpenAsync();
        var mail = await db.OutboxEmails.SingleAsync(ct);
        mail.Status.ShouldBe(OutboxEmailStatus.Failed);
        mail.Attempts.ShouldBe(2);
        mail.LastError!.ShouldContain("connection refused");
    }

    [Fact]
    public async Task AHangingServerTimesOutAndCountsAsAFailedAttempt()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Email:Outbox:SendTimeout"] = "00:00:00.300");
        var ct = TestContext.Current.CancellationToken;
        await host.Services.GetRequiredService<IEmailOutbox>().QueueAsync("test", [new EmailMessage("member@example.org", "S", "B")], ct);
        var worker = ActivatorUtilities.CreateInstance<EmailOutboxService>(host.Services, (IEmailSender)new HangingSender());

        var id = (await worker.TryClaimNextAsync(Owner, ct)).ShouldNotBeNull();
        await worker.ExecuteAsync(id, Owner, ct);

        var mail = await LoadAsync(host, id);
        mail.Status.ShouldBe(OutboxEmailStatus.Pending);
        mail.LastError!.ShouldContain("did not accept the message");
    }

    [Fact]
    public async Task QueuedAndHalfSentMailSurvivesARestartAndTheWorkerSendsItThroughTheFileSink()
    {
        var shared = Directory.CreateTempSubdirectory("medrec-outbox-").FullName;
        var database = $"Data Source={Path.Combine(shared, "portal.db")}";
        var mailFolder = Path.Combine(shared, "mail");
        var ct = TestContext.Current.CancellationToken;
        try
        {
            void Configure(IDictionary<string, string?> s)
            {
                s["ConnectionStrings:Portal"] = database;
                s["Email:Directory"] = mailFolder;
                s["Portal:InstanceId"] = "host-a";
                s["Email:Outbox:PollInterval"] = "00:00:00.200";
            }

            await using (var before = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, Configure))
            {
                await before.Services.GetRequiredService<IEmailOutbox>().QueueAsync("test",
                [
                    new EmailMessage("first@example.org", "First", "One"),
                    new EmailMessage("second@example.org", "Second", "Two"),
                ], ct);

                // The process "dies" in the middle of sending the first one: its claim stays in the database.
                var service = before.Services.GetRequiredService<EmailOutboxService>();
                (await service.TryClaimNextAsync(Owner, ct)).ShouldNotBeNull();
            }

            await using var after = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, Configure);
            var worker = after.Services.GetRequiredService<LeaseWorker<EmailOutboxService>>();
            await worker.StartAsync(ct);
            try
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
                while (DateTime.UtcNow < deadline && (!Directory.Exists(mailFolder) || Directory.GetFiles(mailFolder, "*.eml").Length < 2))
                {
                    await Task.Delay(100, ct);
                }
            }
            finally
            {
                await worker.StopAsync(CancellationToken.None);
            }

            var texts = Directory.GetFiles(mailFolder, "*.eml").Select(File.ReadAllText).ToList();
            texts.Count.ShouldBe(2, "both mails sent exactly once after the restart, the half-sent one taken back at once");
            texts.ShouldContain(t => t.Contains("To: first@example.org", StringComparison.Ordinal));
            texts.ShouldContain(t => t.Contains("To: second@example.org", StringComparison.Ordinal));
            await using var db = await after.OpenAsync();
            (await db.OutboxEmails.ToListAsync(ct)).ShouldAllBe(m => m.Status == OutboxEmailStatus.Sent && m.LeaseOwner == null);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public async Task TheFileSinkWritesTextHtmlAndTheRecipientsLanguage()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        await host.Services.GetRequiredService<IEmailOutbox>().QueueAsync("test",
            [new EmailMessage("member@example.org", "排行榜已公布", "排行榜已公布。", "<p>排行榜<strong>已公布</strong></p>", "zh-CN")], ct);
        var service = host.Services.GetRequiredService<EmailOutboxService>();
        var id = (await service.TryClaimNextAsync(Owner, ct)).ShouldNotBeNull();
        await service.ExecuteAsync(id, Owner, ct);

        var mail = MailFiles.ReadAll(Path.Combine(host.ScratchDirectory, "mail")).ShouldHaveSingleItem();
        mail.To.ShouldBe("member@example.org");
        mail.Subject.ShouldBe("排行榜已公布");
        mail.Language.ShouldBe("zh-CN");
        mail.Text.ShouldContain("排行榜已公布。");
        mail.Html!.ShouldContain("<strong>已公布</strong>");
    }

    private static async Task<OutboxEmail> LoadAsync(PortalTestHost host, Guid id)
    {
        await using var db = await host.OpenAsync();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
    }

    private sealed class FailingSender(int failures) : IEmailSender
    {
        private int _left = failures;

        public List<EmailMessage> Delivered { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            if (_left-- > 0)
            {
                throw new System.Net.Mail.SmtpException("connection refused by smtp.example.org:25");
            }

            Delivered.Add(message);
            return Task.CompletedTask;
        }
    }

    private sealed class HangingSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
