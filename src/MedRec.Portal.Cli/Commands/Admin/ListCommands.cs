using System.CommandLine;
using System.Globalization;
using MedRec.Portal.Application.Features.Registrations.ListRegistrations;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Cli.Commands.Admin;

/// <summary><c>medrec admin list-tasks</c>: every task (organisers also see unpublished ones), one per line.</summary>
internal sealed class ListTasksCommand : AdminCommand
{
    public override string Name => "list-tasks";

    public override string Description => "List the tasks: slug, kind, published, phases, teams, current phase, title.";

    protected override void ConfigureOptions(Command command)
    {
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var tasks = await context.Handler<ListTasksHandler>().Handle(new ListTasksQuery(context.Actor), cancellationToken).ConfigureAwait(false);
        await context.WriteLineAsync("slug\tkind\tpublished\tphases\tteams\tcurrent\ttitle").ConfigureAwait(false);
        foreach (var t in tasks)
        {
            await context.WriteLineAsync(string.Join('\t', t.Slug, t.Kind, t.IsPublished ? "yes" : "no", t.PhaseCount, t.TeamCount, $"{t.CurrentPhaseCode ?? "-"} {t.CurrentPhaseStatus}".Trim(), t.TitleEn.Length > 0 ? t.TitleEn : t.TitleZh)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin list-phases --task SLUG</c>: a task's phases with window, zone, limits and files.</summary>
internal sealed class ListPhasesCommand : AdminCommand
{
    private readonly Option<string> task = AdminTargets.Task();

    public override string Name => "list-phases";

    public override string Description => "List a task's phases: code, status, window (UTC), zone, limits, board, inputs and gold.";

    protected override void ConfigureOptions(Command command) => command.Options.Add(task);

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        var detail = await AdminTargets.TaskAsync(context, context.Parse.GetRequiredValue(task), cancellationToken).ConfigureAwait(false);
        await context.WriteLineAsync("code\tstatus\topens\tcloses\tzone\tdaily\ttotal\tboard\tinputs\tgold").ConfigureAwait(false);
        foreach (var p in detail.Phases.OrderBy(p => p.OpensAt))
        {
            await context.WriteLineAsync(string.Join('\t',
                p.Code, p.Status, p.OpensAt.ToString("u", CultureInfo.InvariantCulture), p.ClosesAt.ToString("u", CultureInfo.InvariantCulture), p.Settings.QuotaTimeZoneId,
                p.Settings.DailyLimit, p.Settings.TotalLimit, p.Settings.BoardVisibility,
                p.Inputs is { } i ? $"{i.OriginalFileName} ({i.RecordCount} records)" : "-", p.HasGold ? "yes" : "no")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin list-teams [--task SLUG]</c>: teams with their registration status.</summary>
internal sealed class ListTeamsCommand : AdminCommand
{
    private readonly Option<string> task = AdminTargets.Task(required: false);

    public override string Name => "list-teams";

    public override string Description => "List the teams (of one task with --task): task, name, leader, members, registration status.";

    protected override void ConfigureOptions(Command command) => command.Options.Add(task);

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        Guid? taskId = context.Parse.GetValue(task) is { } slug ? (await AdminTargets.TaskAsync(context, slug, cancellationToken).ConfigureAwait(false)).Id : null;
        var teams = await context.Handler<ListTeamsHandler>().Handle(new ListTeamsQuery(context.Actor, taskId), cancellationToken).ConfigureAwait(false);
        await context.WriteLineAsync("task\tteam\tleader\tmembers\tregistration").ConfigureAwait(false);
        foreach (var t in teams)
        {
            await context.WriteLineAsync(string.Join('\t', t.TaskSlug, t.Name, t.LeaderDisplayName, t.MemberCount, t.IsMerged ? $"merged into {t.MergedIntoTeamName}" : t.RegistrationStatus?.ToString() ?? "-")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>medrec admin list-registrations [--task SLUG] [--status pending|approved|rejected]</c>: with the ids to decide on.</summary>
internal sealed class ListRegistrationsCommand : AdminCommand
{
    private readonly Option<string> task = AdminTargets.Task(required: false);

    private readonly Option<RegistrationStatus?> status = new("--status") { Description = "Only registrations in this state: Pending, Approved or Rejected.", HelpName = "STATUS" };

    public override string Name => "list-registrations";

    public override string Description => "List registrations with their ids (for approve-registration / deny-registration), team, status and accepted terms.";

    protected override void ConfigureOptions(Command command)
    {
        command.Options.Add(task);
        command.Options.Add(status);
    }

    protected override async Task<int> RunAsync(AdminContext context, CancellationToken cancellationToken)
    {
        Guid? taskId = context.Parse.GetValue(task) is { } slug ? (await AdminTargets.TaskAsync(context, slug, cancellationToken).ConfigureAwait(false)).Id : null;
        var list = Expect(await context.Handler<ListRegistrationsHandler>().Handle(new ListRegistrationsQuery(context.Actor, taskId, context.Parse.GetValue(status)), cancellationToken).ConfigureAwait(false));
        await context.WriteLineAsync("id\ttask\tteam\tmembers\tstatus\tterms").ConfigureAwait(false);
        foreach (var r in list)
        {
            await context.WriteLineAsync(string.Join('\t', r.Id, r.TaskSlug, r.TeamName, r.MemberCount, r.Status, r.TermsVersion)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
