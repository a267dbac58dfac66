using Bunit;
using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Web.Components.Pages.Organizer.Components.Baselines;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Organizer;

public sealed class BaselineRunProgressTests : PortalComponentTest
{
    [Fact]
    public void RunningRunShowsABarWithRecordsDoneOfTotalTheThroughputAndTheProvider()
    {
        var cut = Render(BaselineRunStatus.Running, done: 120, total: 570, recordsPerSecond: 43.25, provider: "Cpu");

        cut.Find("[data-testid=run-progress-text]").TextContent.ShouldContain("120 / 570 records · 43.3 records/s");
        cut.Find("[data-testid=run-progress-text]").TextContent.ShouldContain("on CPU");
        var bar = cut.Find("[role=progressbar]");
        double.Parse(bar.GetAttribute("aria-valuenow")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(100.0 * 120 / 570, 0.01);
    }

    [Fact]
    public void ProgressReadsInChineseWithTheGpuProvider()
    {
        UseCulture("zh-CN");

        var cut = Render(BaselineRunStatus.Running, done: 1722, total: 1722, recordsPerSecond: 512, provider: "Cuda");

        var text = cut.Find("[data-testid=run-progress-text]").TextContent;
        text.ShouldContain("1,722 / 1,722 条 · 512.0 条/秒");
        text.ShouldContain("运行于 GPU（CUDA）");
    }

    [Fact]
    public void QueuedRunSaysItWaitsForTheWorkerAndARunStillLoadingItsModelSaysSo()
    {
        Render(BaselineRunStatus.Queued).Markup.ShouldContain("Waiting for the background worker");
        var loading = Render(BaselineRunStatus.Running, provider: "Cpu");
        loading.Markup.ShouldContain("Loading the model");
        loading.FindAll("[data-testid=run-progress-text]").ShouldBeEmpty();
    }

    private IRenderedComponent<BaselineRunProgress> Render(BaselineRunStatus status, int done = 0, int total = 0, double recordsPerSecond = 0, string? provider = null) =>
        Context.Render<BaselineRunProgress>(p => p
            .Add(x => x.Status, status)
            .Add(x => x.Done, done)
            .Add(x => x.Total, total)
            .Add(x => x.RecordsPerSecond, recordsPerSecond)
            .Add(x => x.Provider, provider));
}
