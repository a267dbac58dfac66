using Bunit;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Pages.Tasks.Components;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Pages;

public sealed class TaskDataTests : PortalComponentTest
{
    [Fact]
    public void NamesEachPhasesInputsWithoutSayingPhaseTwice()
    {
        var cut = Context.Render<TaskData>(parameters => parameters.Add(p => p.Task, TaskWithPhase("A", "A 榜（演示）", "Phase A (demo)")));

        var label = cut.FindAll("[data-testid=data-row]")[1].TextContent;
        label.ShouldContain("Inputs: Phase A (demo)");
        label.ShouldNotContain("Phase Phase");
    }

    [Fact]
    public void NamesThePhaseInputsInChineseForChineseReaders()
    {
        UseCulture("zh-CN");

        var cut = Context.Render<TaskData>(parameters => parameters.Add(p => p.Task, TaskWithPhase("A", "A 榜（演示）", "Phase A (demo)")));

        var label = cut.FindAll("[data-testid=data-row]")[1].TextContent;
        label.ShouldContain("输入数据：A 榜（演示）");
        label.ShouldNotContain("阶段 A 榜");
    }

    [Fact]
    public void ShowsTheNameTheDownloadIsSavedUnderNotTheUploadName()
    {
        var inputs = new DatasetInfo(Guid.NewGuid(), "demo-inputs.jsonl", new string('a', 64), 300, 2048, DateTime.UtcNow) { DownloadName = "cdrugred-A-inputs.jsonl" };

        var cut = Context.Render<TaskData>(parameters => parameters.Add(p => p.Task, TaskWithPhase("A", "A 榜", "Phase A", inputs)));

        var row = cut.FindAll("[data-testid=data-row]")[1].TextContent;
        row.ShouldContain("cdrugred-A-inputs.jsonl");
        row.ShouldNotContain("demo-inputs.jsonl");
    }

    private static TaskDetail TaskWithPhase(string code, string nameZh, string nameEn, DatasetInfo? inputs = null)
    {
        var now = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var settings = new PhaseSettings { Code = code, NameZh = nameZh, NameEn = nameEn, OpensAt = now, ClosesAt = now.AddDays(10) };
        var phase = new PhaseSummary(Guid.NewGuid(), code, nameZh, nameEn, now, now.AddDays(10), PhaseStatus.Open, settings, Guid.NewGuid(), inputs, false, null);
        return new TaskDetail(
            Guid.NewGuid(), "cdrugred", TaskKind.CDrugRed, new TaskTexts("出院带药", "Discharge medication", "", ""), true, Guid.NewGuid(),
            null, [phase], phase.Id, null, CanDownloadData: false);
    }
}
