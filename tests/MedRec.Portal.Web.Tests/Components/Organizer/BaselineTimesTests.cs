using Bunit;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Baselines.ListBaselines;
using MedRec.Portal.Application.Features.Baselines.ListModels;
using MedRec.Portal.Application.Features.Baselines.ListRuns;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Web.Components.Pages.Organizer.Components.Baselines;
using MedRec.Portal.Web.Security;
using MedRec.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Web.Tests.Components.Organizer;

/// <summary>
/// The organiser's baseline tables write times as every page does: in the task's zone with its name, then in the
/// viewer's, never in the server's. Kiritimati (UTC+14) is nobody's server zone, so a server-local time cannot pass by chance.
/// </summary>
public sealed class BaselineTimesTests : PortalComponentTest
{
    private static readonly DateTime Instant = new(2025, 6, 1, 10, 30, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Viewer = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void ModelsTableShowsWhenEachPackageWasAddedInTheTasksZoneAndTheViewers()
    {
        var model = new BaselineModelListItem(Guid.NewGuid(), "BERT", "cdrugred-demo", new string('c', 64), "model.onnx", 2048, 256, 651, Instant);

        var cut = Context.Render<BaselineModelsTable>(p => p.Add(x => x.Models, [model]).Add(x => x.ViewerZone, Viewer).Add(x => x.TaskZone, Shanghai));

        var added = cut.Find("[data-testid=model-added]");
        added.QuerySelector("[data-testid=zoned-time-task]")!.TextContent.ShouldBe("2025-06-01 18:30 Beijing time");
        added.QuerySelector("[data-testid=zoned-time-viewer]")!.TextContent.ShouldBe("2025-06-02 00:30 your time (Pacific/Kiritimati)");
    }

    [Fact]
    public void RowsTableShowsWhenEachRowWasAddedInTheViewersClockInChinese()
    {
        UseCulture("zh-CN");
        var row = new BaselineListItem(Guid.NewGuid(), Guid.NewGuid(), "A", "Baseline (BERT)", "b.json", 150, 0.42, [new(MetricKeys.Score, 0.42)], Instant, null, null);
        Context.Services.AddSingleton(ScriptedMediator.Create().Mediator);
        Context.AddAuthorization();

        var cut = Context.Render<BaselineRowsTable>(p => p.Add(x => x.Rows, [row]).Add(x => x.ViewerZone, Viewer).Add(x => x.TaskZone, Shanghai));

        var added = cut.Find("[data-testid=baseline-row-added]");
        added.QuerySelector("[data-testid=zoned-time-task]")!.TextContent.ShouldBe("北京时间 2025-06-01 18:30");
        added.QuerySelector("[data-testid=zoned-time-viewer]")!.TextContent.ShouldBe("您的时间 2025-06-02 00:30（Pacific/Kiritimati）");
    }

    [Fact]
    public void RunsPanelShowsWhenEachRunStartedInTheViewersClock()
    {
        var (mediator, script) = ScriptedMediator.Create();
        var run = new BaselineRunListItem(Guid.NewGuid(), 3, Guid.NewGuid(), "BERT", Guid.NewGuid(), "A", "run 1", 32, BaselineRunStatus.Succeeded, "Cpu",
            Instant.AddMinutes(-1), Instant, Instant.AddSeconds(40), 150, 150, 3.75, null, false, Guid.NewGuid(), [new(MetricKeys.Score, 0.42)]);
        script.Answer<ListBaselineRunsQuery>(_ => Result.Success<IReadOnlyList<BaselineRunListItem>>([run]));
        Context.Services.AddSingleton(mediator);
        Context.Services.AddSingleton<IBaselineRunEvents, NoRunEvents>();

        var cut = Context.Render<BaselineRunsPanel>(p => p
            .AddCascadingValue(Actor.Organizer(Guid.NewGuid()))
            .Add(x => x.TaskId, Guid.NewGuid())
            .Add(x => x.Phases, [])
            .Add(x => x.Models, [])
            .Add(x => x.ViewerZone, Viewer).Add(x => x.TaskZone, Shanghai));

        cut.WaitForAssertion(() => cut.Find("[data-testid=run-started]").TextContent.ShouldContain("2025-06-01 18:30 Beijing time"));
        cut.Find("[data-testid=run-started]").TextContent.ShouldContain("2025-06-02 00:30 your time (Pacific/Kiritimati)");
        cut.Find("[data-testid=run-number]").TextContent.ShouldBe("#3");
    }

    private sealed class NoRunEvents : IBaselineRunEvents
    {
        public event EventHandler<BaselineRunChanged>? Changed
        {
            add { }
            remove { }
        }

        public void Publish(BaselineRunChanged change)
        {
        }
    }
}
