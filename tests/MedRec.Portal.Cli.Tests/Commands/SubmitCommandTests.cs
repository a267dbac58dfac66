using MedRec.Portal.Application.Features.ApiTokens.RevokeApiToken;
using MedRec.Portal.Cli.Tests.Support;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Cli.Tests.Commands;

/// <summary><c>medrec submit</c> against the real portal on Kestrel: scores, reports, refusals and exit codes.</summary>
public sealed class SubmitCommandTests(KestrelPortal portal) : IClassFixture<KestrelPortal>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medrec-cli-submit-").FullName;

    [Fact]
    public async Task WaitPrintsTheScoresAndExitsZero()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", portal.Token, "--phase", portal.PhaseId.ToString(), "--file", file, "--description", "cli run", "--wait", "--interval", "0.2");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Accepted: submission");
        run.Out.ShouldContain("Scored: submission");
        run.Out.ShouldContain("score            1.0000  (ranking metric)");
        run.Out.ShouldContain("jaccard          1.0000");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task JsonWaitPrintsTheScoredSubmissionAsOneObject()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", portal.Token, "--phase", portal.PhaseId.ToString(), "--file", file, "--wait", "--interval", "0.2", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var submission = run.Json();
        submission.GetProperty("status").GetString().ShouldBe("Scored");
        submission.GetProperty("metrics").GetProperty("f1").GetDouble().ShouldBe(1.0);
        submission.GetProperty("description").GetString().ShouldBe("");
    }

    [Fact]
    public async Task WithoutWaitItPrintsTheReceiptAndExitsZero()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", portal.Token, "--phase", portal.PhaseId.ToString(), "--file", file);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("is queued for scoring");
        run.Out.ShouldContain("Quota:");
        run.Out.ShouldNotContain("Scored");
    }

    [Fact]
    public async Task RejectedFilePrintsEachErrorWithItsPositionAndExitsTwo()
    {
        var file = Write("broken.json", KestrelPortal.BrokenSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", portal.Token, "--phase", portal.PhaseId.ToString(), "--file", file, "--wait");

        run.ExitCode.ShouldBe(2, run.Error);
        run.Out.ShouldContain("Rejected: the file breaks the format rules (2 errors)");
        run.Out.ShouldContain("line 3, column ");
        run.Out.ShouldContain("(record 2, id \"V002\") [label.unknown]");
        run.Out.ShouldContain("不存在的药");
        run.Out.ShouldContain("[id.missing]");
    }

    [Fact]
    public async Task RevokedTokenExitsOneWithTheReason()
    {
        var created = await portal.CreateTokenAsync("to revoke");
        (await portal.Services.GetRequiredService<IMediator>().Send(new RevokeApiTokenCommand(portal.Member, created.Token.Id), TestContext.Current.CancellationToken)).IsSuccess.ShouldBeTrue();
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", created.Secret, "--phase", portal.PhaseId.ToString(), "--file", file);

        run.ShouldBeUsageError("was revoked at");
        run.Error.ShouldContain("HTTP 401, token.revoked");
    }

    [Fact]
    public async Task ClosedPhaseExitsOneNamingTheWindow()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--token", portal.Token, "--phase", portal.ClosedPhaseId.ToString(), "--file", file);

        run.ShouldBeUsageError("Phase \"Z\" is closed: it accepted submissions from 2025-03-01");
        run.Error.ShouldContain("HTTP 409, conflict");
    }

    [Fact]
    public async Task MissingTokenIsAUsageErrorThatSaysWhereToGetOne()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);
        var previous = Environment.GetEnvironmentVariable("MEDREC_TOKEN");
        Environment.SetEnvironmentVariable("MEDREC_TOKEN", null);
        try
        {
            var run = await CliRun.RunAsync("submit", "--url", portal.BaseUrl.ToString(), "--phase", portal.PhaseId.ToString(), "--file", file);

            run.ShouldBeUsageError("pass --token or set MEDREC_TOKEN");
            run.Error.ShouldContain("/profile");
        }
        finally
        {
            Environment.SetEnvironmentVariable("MEDREC_TOKEN", previous);
        }
    }

    [Fact]
    public async Task UnreachablePortalExitsOne()
    {
        var file = Write("perfect.json", KestrelPortal.PerfectSubmission);

        // Port 9 (discard) on the loopback: nothing listens there on a test machine.
        var run = await CliRun.RunAsync("submit", "--url", "http://127.0.0.1:9", "--token", portal.Token, "--phase", portal.PhaseId.ToString(), "--file", file);

        run.ShouldBeUsageError("cannot reach the portal at http://127.0.0.1:9/");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
