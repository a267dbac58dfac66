namespace MedRec.Portal.Application.Common;

/// <summary>
/// Who asks for a use case. The host builds it from the signed-in user's claims; handlers decide from it what
/// the caller may do (organiser, team leader, member, anyone else). Passing it in the message, rather than
/// reading a scoped "current user", keeps singleton handlers correct and authorisation testable.
/// </summary>
public sealed record Actor(Guid UserId, bool IsOrganizer)
{
    public static Actor Organizer(Guid userId) => new(userId, IsOrganizer: true);

    public static Actor Participant(Guid userId) => new(userId, IsOrganizer: false);
}
