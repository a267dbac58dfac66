using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Teams;

/// <summary>Why a team change is refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class TeamRuleErrors
{
    public static readonly ErrorMessage MaxSizeTooSmall = new("team.max-size", ErrorCodes.Validation, "A team must allow at least 1 member (was {0}).");
    public static readonly ErrorMessage DescriptionTooLong = new("team.description-too-long", ErrorCodes.Validation, "A team description may have at most 2000 characters.");
    public static readonly ErrorMessage NameLength = new("team.name-length", ErrorCodes.Validation, "A team name must be 1–{0} characters.");
    public static readonly ErrorMessage AlreadyMember = new("team.already-member", ErrorCodes.Conflict, "You are already a member of team \"{0}\".");
    public static readonly ErrorMessage Full = new("team.full", ErrorCodes.Conflict, "Team \"{0}\" is full ({1} members).");
    public static readonly ErrorMessage Merged = new("team.merged", ErrorCodes.Conflict, "Team \"{0}\" was merged into another team and takes no new members; ask the organisers which team it joined.");
    public static readonly ErrorMessage NotMember = new("team.not-member", ErrorCodes.Conflict, "You are not a member of team \"{0}\".");
    public static readonly ErrorMessage LeaderCannotLeave = new("team.leader-cannot-leave", ErrorCodes.Conflict, "The leader cannot leave while others remain: transfer leadership to another member first.");
    public static readonly ErrorMessage NameTaken = new("team.name-taken", ErrorCodes.Conflict, "A team named \"{0}\" already exists in this task; choose another name.");
    public static readonly ErrorMessage AlreadyInTeamNamed = new("team.already-in-team-named", ErrorCodes.Conflict, "You are already in team \"{0}\" for this task; a person may be in one team per task. Leave it first.");
    public static readonly ErrorMessage JustTaken = new("team.just-taken", ErrorCodes.Conflict, "Team \"{0}\" could not be created: the name was just taken, or you just joined another team for this task.");
    public static readonly ErrorMessage OnlyLeaderRevokes = new("team.only-leader-revokes", ErrorCodes.Forbidden, "Only the team leader can revoke invitations.");
    public static readonly ErrorMessage OnlyLeaderInvites = new("team.only-leader-invites", ErrorCodes.Forbidden, "Only the team leader can invite members.");
    public static readonly ErrorMessage UnknownInvitation = new("team.unknown-invitation", ErrorCodes.Validation, "No invitation has this code; check it for typos or ask the team leader for a new one.");
    public static readonly ErrorMessage InvitationLifetime = new("team.invitation-lifetime", ErrorCodes.Validation, "An invitation must last between a minute and {0} days.");
    public static readonly ErrorMessage FullForInvitation = new("team.full-for-invitation", ErrorCodes.Conflict, "The team is full ({0} members); nobody could join with an invitation.");
    public static readonly ErrorMessage OnlyLeaderTransfers = new("team.only-leader-transfers", ErrorCodes.Forbidden, "Only the team leader can hand over leadership.");
    public static readonly ErrorMessage NewLeaderNotMember = new("team.new-leader-not-member", ErrorCodes.Validation, "Leadership can only pass to a member of the team.");
    public static readonly ErrorMessage AlreadyLeader = new("team.already-leader", ErrorCodes.Validation, "That member already leads the team.");
    public static readonly ErrorMessage InvitationRevoked = new("team.invitation-revoked", ErrorCodes.Conflict, "This invitation was revoked by the team; ask the leader for a new one.");
    public static readonly ErrorMessage InvitationExpired = new("team.invitation-expired", ErrorCodes.Conflict, "This invitation expired at {0}; ask the team leader for a new one.");
    public static readonly ErrorMessage AlreadyInTeam = new("team.already-in-team", ErrorCodes.Conflict, "You are already in a team for this task; a person may be in one team per task. Leave it first.");
    public static readonly ErrorMessage MergeIntoItself = new("team.merge-into-itself", ErrorCodes.Validation, "A team cannot be merged into itself; choose two different teams.");
    public static readonly ErrorMessage MergeDifferentTasks = new("team.merge-different-tasks", ErrorCodes.Validation, "Teams \"{0}\" and \"{1}\" belong to different tasks; only teams of the same task can be merged.");
    public static readonly ErrorMessage MergeTargetMerged = new("team.merge-target-merged", ErrorCodes.Conflict, "Team \"{0}\" was itself merged into another team; merge into that team instead.");
    public static readonly ErrorMessage SourceAlreadyMerged = new("team.source-already-merged", ErrorCodes.Conflict, "Team \"{0}\" was already merged into another team at {1}.");
    public static readonly ErrorMessage MergeTooManyMembers = new("team.merge-too-many-members", ErrorCodes.Conflict, "Merging \"{0}\" ({1} members) into \"{2}\" ({3} members) gives {4} members, more than the team size cap of {5}. Some members must leave first.");
    public static readonly ErrorMessage MergedNoInvitations = new("team.merged-no-invitations", ErrorCodes.Conflict, "Team \"{0}\" was merged into another team; it issues no invitations.");
    public static readonly ErrorMessage MergeTotalExceeded = new("team.merge-total-exceeded", ErrorCodes.Conflict, "Cannot merge: in phase \"{0}\", \"{1}\" has {2} and \"{3}\" {4} counted submissions, {5} together, more than the phase's total limit of {6}. Grant \"{1}\" extra attempts first if the merge should go ahead.");
    public static readonly ErrorMessage MergeTotalExceededWithGrants = new("team.merge-total-exceeded-with-grants", ErrorCodes.Conflict, "Cannot merge: in phase \"{0}\", \"{1}\" has {2} and \"{3}\" {4} counted submissions, {5} together, more than the phase's total limit of {6} (including {7} granted). Grant \"{1}\" extra attempts first if the merge should go ahead.");
    public static readonly ErrorMessage MergeDailyExceeded = new("team.merge-daily-exceeded", ErrorCodes.Conflict, "Cannot merge: on {0} ({1} calendar day) in phase \"{2}\", \"{3}\" made {4} and \"{5}\" {6} counted submissions, {7} together, more than the daily limit of {8}. Grant \"{3}\" extra attempts for that day first if the merge should go ahead.");
    public static readonly ErrorMessage MergeDailyExceededWithGrants = new("team.merge-daily-exceeded-with-grants", ErrorCodes.Conflict, "Cannot merge: on {0} ({1} calendar day) in phase \"{2}\", \"{3}\" made {4} and \"{5}\" {6} counted submissions, {7} together, more than the daily limit of {8} (including {9} granted). Grant \"{3}\" extra attempts for that day first if the merge should go ahead.");
    public static readonly ErrorMessage UnmergeNotMergedHere = new("team.unmerge-not-merged-here", ErrorCodes.Conflict, "Team \"{0}\" is not merged into \"{1}\", so there is no merge to undo; refresh the teams list.");
    public static readonly ErrorMessage UnmergeTargetMerged = new("team.unmerge-target-merged", ErrorCodes.Conflict, "Team \"{0}\" was itself merged into another team after \"{1}\" joined it; undo that merge first.");
    public static readonly ErrorMessage UnmergeNobodyLeft = new("team.unmerge-nobody-left", ErrorCodes.Conflict, "None of the {0} member(s) who came from \"{1}\" is still in \"{2}\", so \"{1}\" would have no members. At least one of them must be in \"{2}\" to undo the merge.");
    public static readonly ErrorMessage UnmergeLeaderFromSource = new("team.unmerge-leader-from-source", ErrorCodes.Conflict, "The leader of \"{0}\" came from \"{1}\" with the merge and would leave with it; hand the leadership of \"{0}\" to one of its own members first, then undo the merge.");
    public static readonly ErrorMessage UnmergeAlreadyUndone = new("team.unmerge-already-undone", ErrorCodes.Conflict, "This merge was already undone at {0}.");
    public static readonly ErrorMessage UnmergeTotalExceeded = new("team.unmerge-total-exceeded", ErrorCodes.Conflict, "Cannot undo the merge: in phase \"{0}\", \"{1}\" would keep {2} counted submissions of its own, more than its total limit of {3}; its members used attempts that came with \"{4}\". Grant \"{1}\" {5} extra attempt(s) first, then undo the merge.");
    public static readonly ErrorMessage UnmergeDailyExceeded = new("team.unmerge-daily-exceeded", ErrorCodes.Conflict, "Cannot undo the merge: on {0} ({1} calendar day) in phase \"{2}\", \"{3}\" would keep {4} counted submissions of its own, more than its daily limit of {5}; its members used attempts that came with \"{6}\". Grant \"{3}\" {7} extra attempt(s) for that day first, then undo the merge.");
}
