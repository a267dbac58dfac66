namespace MedRec.Portal.Application.Features.Users;

/// <summary>The audit action names of the organiser's account actions (stable: the audit page filters on them).</summary>
public static class UserAuditActions
{
    public const string Unlocked = "user.unlocked";
    public const string Disabled = "user.disabled";
    public const string Enabled = "user.enabled";
    public const string RoleChanged = "user.role-changed";
    public const string PasswordResetSent = "user.password-reset-sent";
}
