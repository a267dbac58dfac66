using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Components.Shared.Markdown;
using MedRec.Portal.Web.Localization;

namespace MedRec.Portal.Web.Components.Pages.Home;

/// <summary>Turns the task list (and each task's phases, for names and zones) into the cards the home page shows.</summary>
public static class TaskCards
{
    private const int SummaryLength = 220;

    /// <summary>A card for the task; <paramref name="detail"/> supplies the current phase's name and zone.</summary>
    public static TaskCardModel From(TaskListItem task, TaskDetail? detail)
    {
        ArgumentNullException.ThrowIfNull(task);
        var phase = detail?.Phases.FirstOrDefault(p => p.Id == detail.CurrentPhaseId)
            ?? detail?.Phases.FirstOrDefault(p => p.Code == task.CurrentPhaseCode);
        var window = phase is null
            ? null
            : new PhaseWindowModel(
                PhaseLabel(phase.Code, phase.NameZh, phase.NameEn), phase.OpensAt, phase.ClosesAt, phase.Settings.QuotaTimeZoneId);
        return new TaskCardModel(
            task.Slug, Bilingual.Pick(task.TitleZh, task.TitleEn), Summary(Bilingual.Pick(task.DescriptionZh, task.DescriptionEn)), task.Kind, window);
    }

    /// <summary>"A · 初赛" style label: the code, then the name where there is one.</summary>
    public static string PhaseLabel(string code, string nameZh, string nameEn)
    {
        var name = Bilingual.Pick(nameZh, nameEn);
        // A name that already says its code ("A 榜", "Phase A") is shown alone.
        return string.IsNullOrWhiteSpace(name) ? code
            : name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(code) || name.StartsWith(code + " ", StringComparison.Ordinal) || name == code ? name
            : $"{code} · {name}";
    }

    // The description is Markdown; the card shows its first paragraph as plain text (never as markup).
    private static string Summary(string description) => SafeMarkdown.FirstParagraphAsText(description, SummaryLength);
}
