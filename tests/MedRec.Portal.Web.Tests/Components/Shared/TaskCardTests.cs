using Bunit;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Shared;

public sealed class TaskCardTests : PortalComponentTest
{
    private static readonly DateTime Opens = new(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2025, 6, 30, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ShowsAnOpenPhaseCountingDownToItsClose()
    {
        var cut = Render(new PhaseWindowModel("Phase A", Opens, Closes, "Asia/Shanghai"));

        cut.Find("[data-testid=task-title]").TextContent.ShouldBe("Discharge medication");
        cut.Find("[data-testid=task-phase]").TextContent.ShouldBe("Phase A");
        cut.Find("[data-testid=phase-status]").TextContent.Trim().ShouldBe("Open");
        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("29d 04:00:00");
        cut.Markup.ShouldContain("Closes in");
    }

    [Fact]
    public void ShowsAnUpcomingPhaseCountingDownToItsOpening()
    {
        Clock.Now = new DateTimeOffset(Opens.AddHours(-3));

        var cut = Render(new PhaseWindowModel("Phase A", Opens, Closes, "UTC"));

        cut.Find("[data-testid=phase-status]").TextContent.Trim().ShouldBe("Upcoming");
        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("03:00:00");
        cut.Markup.ShouldContain("Opens in");
    }

    [Fact]
    public void ShowsAClosedPhaseAsClosed()
    {
        Clock.Now = new DateTimeOffset(Closes);

        var cut = Render(new PhaseWindowModel("Phase A", Opens, Closes, "UTC"));

        cut.Find("[data-testid=phase-status]").TextContent.Trim().ShouldBe("Closed");
        cut.Find("[data-testid=countdown-remaining]").TextContent.Trim().ShouldBe("Deadline passed");
    }

    [Fact]
    public void SaysSoWhenNoPhaseIsScheduled()
    {
        var cut = Render(phase: null);

        cut.FindAll("[data-testid=countdown]").ShouldBeEmpty();
        cut.Markup.ShouldContain("No phase has been scheduled yet.");
    }

    [Fact]
    public void LinksToTheTaskPage()
    {
        var cut = Render(phase: null);

        cut.FindAll("a").ShouldContain(a => a.GetAttribute("href") == "tasks/cdrugred-2025");
    }

    [Fact]
    public void ShowsItsLabelsInChinese()
    {
        UseCulture("zh-CN");

        var cut = Render(new PhaseWindowModel("A 榜", Opens, Closes, "Asia/Shanghai"));

        cut.Find("[data-testid=phase-status]").TextContent.Trim().ShouldBe("进行中");
        cut.Markup.ShouldContain("距截止");
        cut.Markup.ShouldContain("查看任务");
    }

    private IRenderedComponent<TaskCard> Render(PhaseWindowModel? phase) =>
        Context.Render<TaskCard>(parameters => parameters.Add(
            p => p.Task,
            new TaskCardModel("cdrugred-2025", "Discharge medication", "Recommend the discharge drugs.", TaskKind.CDrugRed, phase)));
}
