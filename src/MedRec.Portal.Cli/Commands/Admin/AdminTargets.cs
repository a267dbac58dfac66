using System.CommandLine;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary>The <c>--task</c>/<c>--phase</c> options of admin commands, resolved through the console's own task query.</summary>
internal static class AdminTargets
{
    public static Option<string> Task(bool required = true) => new("--task") { Description = "The task's slug.", Required = required, HelpName = "SLUG" };

    public static Option<string> Phase() => new("--phase") { Description = "The phase's code (A, B, …).", Required = true, HelpName = "CODE" };

    public static async Task<TaskDetail> TaskAsync(AdminContext context, string slug, CancellationToken cancellationToken)
    {
        var detail = await context.Handler<GetTaskDetailHandler>().Handle(new GetTaskDetailQuery(context.Actor, slug), cancellationToken).ConfigureAwait(false);
        return detail.IsSuccess ? detail.Value : throw new CliUsageException($"no task with slug \"{slug}\" (see `medrec admin list-tasks`).");
    }

    public static async Task<(TaskDetail Task, PhaseSummary Phase)> PhaseAsync(AdminContext context, string slug, string code, CancellationToken cancellationToken)
    {
        var task = await TaskAsync(context, slug, cancellationToken).ConfigureAwait(false);
        var phase = task.Phases.FirstOrDefault(p => string.Equals(p.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliUsageException($"task {slug} has no phase \"{code}\"; its phases: {string.Join(", ", task.Phases.Select(p => p.Code))}.");
        return (task, phase);
    }
}
