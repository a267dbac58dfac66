using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Infrastructure.Scaling;
using MedRec.Portal.Tests.Shared.Portal;
using MedRec.Portal.Infrastructure.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Scaling;

public sealed class PortalRolesTests
{
    [Fact]
    public void AnUnknownRoleStopsTheStartAndListsTheValidOnes()
    {
        var error = Should.Throw<InvalidOperationException>(() => PortalInstance.FromConfiguration(Config(("Portal:Roles", "Web,Scorer"))));

        error.Message.ShouldContain("\"Scorer\"");
        error.Message.ShouldContain("Portal:Roles");
        error.Message.ShouldContain("Web, Scoring, Baselines, Notifications");
    }

    [Fact]
    public void WithoutRolesAProcessDoesEverything()
    {
        PortalInstance.FromConfiguration(Config()).Roles.Order().ShouldBe([ProcessRole.Web, ProcessRole.Scoring, ProcessRole.Baselines, ProcessRole.Notifications]);
    }

    [Fact]
    public void RolesReadFromAnEnvironmentStyleListOrAnArray()
    {
        PortalInstance.FromConfiguration(Config(("Portal:Roles", " scoring , Baselines"))).Roles.Order().ShouldBe([ProcessRole.Scoring, ProcessRole.Baselines]);
        PortalInstance.FromConfiguration(Config(("Portal:Roles:0", "Web"))).Roles.ShouldBe([ProcessRole.Web]);
    }

    [Fact]
    public async Task AWebOnlyProcessRunsNoScoringWorkersAndAWorkerProcessRunsTheConfiguredCount()
    {
        await using (var web = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Portal:Roles"] = "Web"))
        {
            web.Services.GetService<LeaseWorker<SubmissionScoringService>>().ShouldBeNull();
        }

        await using var worker = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s =>
        {
            s["Portal:Roles"] = "Scoring";
            s["Portal:InstanceId"] = "worker-7";
            s["Scoring:Workers"] = "3";
        });
        worker.Services.GetRequiredService<LeaseWorker<SubmissionScoringService>>().Owners
            .ShouldBe(["worker-7/Scoring-1", "worker-7/Scoring-2", "worker-7/Scoring-3"]);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
