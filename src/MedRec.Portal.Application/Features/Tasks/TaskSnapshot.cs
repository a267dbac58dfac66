using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Tasks;

/// <summary>What the audit log records of a task and a phase (texts are summarised by length, not copied in full).</summary>
internal static class TaskSnapshot
{
    public static object Of(CompetitionTask task) => new
    {
        task.Kind,
        task.Slug,
        task.TitleZh,
        task.TitleEn,
        task.IsPublished,
        DescriptionLengths = new[] { task.DescriptionZh.Length, task.DescriptionEn.Length },
        RulesLengths = new[] { task.RulesZh.Length, task.RulesEn.Length },
        EvaluationLengths = new[] { task.EvaluationZh.Length, task.EvaluationEn.Length },
    };

    public static object Of(Phase phase) => phase.Settings;
}
