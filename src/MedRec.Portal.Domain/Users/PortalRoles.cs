namespace MedRec.Portal.Domain.Users;

/// <summary>The portal's roles (ASP.NET Core Identity role names).</summary>
public static class PortalRoles
{
    /// <summary>Runs tasks: edits tasks and phases, uploads data, approves registrations, sees audit and gold.</summary>
    public const string Organizer = "Organizer";

    /// <summary>Everyone who signs up: forms teams, registers them and submits.</summary>
    public const string Participant = "Participant";

    public static IReadOnlyList<string> All { get; } = [Organizer, Participant];
}
