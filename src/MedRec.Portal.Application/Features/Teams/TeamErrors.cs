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
    public static readonly ErrorMessage MergeSelectionsOverLimit = new("team.merge-selections-over-limit", ErrorCodes.Conflict, "Teams \"{0}\" and \"{1}\" have {2} submissions selected for the final ranking of phase \"{3}\" together, more than the {4} one team may select. Ask them to unselect {5} first, then merge.");
    public static readonly ErrorMessage MergeRaced = new("team.merge-raced", ErrorCodes.Conflict, "A submission or membership change arrived while merging; nothing was changed. Try the merge again.");
    public static readonly ErrorMessage UnmergeSourceNotFound = new("team.unmerge-source-not-found", ErrorCodes.NotFound, "The team whose merge should be undone was not found.");
    public static readonly ErrorMessage UnmergeNotMerged = new("team.unmerge-not-merged", ErrorCodes.Conflict, "Team \"{0}\" is not merged into another team, so there is no merge to undo; refresh the teams list.");
    public static readonly ErrorMessage UnmergeTargetGone = new("team.unmerge-target-gone", ErrorCodes.Conflict, "The team \"{0}\" was merged into no longer exists (its members all left), so nothing can be given back; the former members of \"{0}\" can create a new team.");
    public static readonly ErrorMessage UnmergeNotRecorded = new("team.unmerge-not-recorded", ErrorCodes.Conflict, "Team \"{0}\" was merged into \"{1}\" before merges were recorded for undoing, so the portal cannot tell what to give back. The audit event team.merged lists what moved.");
    public static readonly ErrorMessage UnmergeLateUploads = new("team.unmerge-late-uploads", ErrorCodes.Conflict, "Team \"{0}\" still holds {1} submission(s) uploaded while it was being merged; merge it into \"{2}\" again to sweep them up, then undo the merge.");
    public static readonly ErrorMessage UnmergeRaced = new("team.unmerge-raced", ErrorCodes.Conflict, "A submission or membership change arrived while undoing the merge; nothing was changed. Try again.");
}
