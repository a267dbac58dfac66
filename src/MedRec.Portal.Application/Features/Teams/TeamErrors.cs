using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Application.Features.Teams;

/// <summary>Refusals of the team use cases, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
internal static class TeamErrors
{
    public static Error AlreadyInTeamForTask(string teamName) =>
        TeamRuleErrors.AlreadyInTeamNamed.With(teamName);

    public static Error AlreadyInTeamForTask() =>
        TeamRuleErrors.AlreadyInTeam.With();

    public static Error NameTaken(string name) => TeamRuleErrors.NameTaken.With(name);
    public static readonly ErrorMessage TaskNotFound = new("team.task-not-found", ErrorCodes.NotFound, "The task was not found.");
    public static readonly ErrorMessage InvitationNotFound = new("team.invitation-not-found", ErrorCodes.NotFound, "The invitation was not found.");
    public static readonly ErrorMessage TeamNotFound = new("team.not-found", ErrorCodes.NotFound, "The team was not found.");
    public static readonly ErrorMessage MergeTargetNotFound = new("team.merge-target-not-found", ErrorCodes.NotFound, "The team to merge into was not found.");
    public static readonly ErrorMessage MergeSourceNotFound = new("team.merge-source-not-found", ErrorCodes.NotFound, "The team to merge was not found.");
    public static readonly ErrorMessage MergeRaced = new("team.merge-raced", ErrorCodes.Conflict, "A submission or membership change arrived while merging; nothing was changed. Try the merge again.");
}
