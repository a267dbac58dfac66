namespace MedRec.Portal.Application.Common;

/// <summary>The action names written to the audit log (stable: the audit page filters on them).</summary>
public static class AuditActions
{
    public const string TaskCreated = "task.created";
    public const string TaskUpdated = "task.updated";
    public const string PhaseCreated = "phase.created";
    public const string PhaseUpdated = "phase.updated";
    public const string DatasetUploaded = "dataset.uploaded";
    public const string GoldUploaded = "gold.uploaded";
    public const string ExtraFileAdded = "dataset.extra-added";
    public const string ExtraFileRemoved = "dataset.extra-removed";
    public const string TeamCreated = "team.created";
    public const string InvitationCreated = "team.invitation-created";
    public const string InvitationRevoked = "team.invitation-revoked";
    public const string TeamJoined = "team.joined";
    public const string TeamLeft = "team.left";
    public const string TeamDissolved = "team.dissolved";
    public const string LeadershipTransferred = "team.leadership-transferred";
    public const string TeamMerged = "team.merged";
    public const string TeamUnmerged = "team.unmerged";
    public const string RegistrationSubmitted = "registration.submitted";
    public const string RegistrationApproved = "registration.approved";
    public const string RegistrationRejected = "registration.rejected";
    public const string OrganizerCreated = "user.organizer-created";
}
