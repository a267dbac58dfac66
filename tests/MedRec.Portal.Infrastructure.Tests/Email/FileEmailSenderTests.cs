using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Email;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Email;

public sealed class FileEmailSenderTests
{
    [Fact]
    public async Task FilesSinkWritesEachMessageAsAnEmlFile()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var sender = host.Services.GetRequiredService<IEmailSender>();
        sender.ShouldBeOfType<FileEmailSender>();

        await sender.SendAsync(new EmailMessage("member@example.org", "邀请加入队伍 / Team invitation", "Join with code abc123"), TestContext.Current.CancellationToken);
        await sender.SendAsync(new EmailMessage("other@example.org", "Second", "Body two"), TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(Path.Combine(host.ScratchDirectory, "mail"), "*.eml");
        files.Length.ShouldBe(2);
        var first = files.Select(File.ReadAllText).Single(text => text.Contains("member@example.org", StringComparison.Ordinal));
        first.ShouldContain("To: member@example.org");
        first.ShouldContain("Subject: =?utf-8?");
        first.ShouldContain("Join with code abc123");
    }

    [Fact]
    public void SmtpIsTheDefaultSink()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("medrec-data-").FullName;
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection([new("Database:DataDirectory", dataDirectory)])
            .Build();
        using var services = new ServiceCollection().AddPortalInfrastructure(configuration).BuildServiceProvider();
        services.GetRequiredService<IEmailSender>().ShouldBeOfType<SmtpEmailSender>();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
