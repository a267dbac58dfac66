using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Teams;

internal static class TeamErrors
{
    public static Error AlreadyInTeamForTask(string teamName) =>
        Error.Conflict($"You are already in team \"{teamName}\" for this task; a person may be in one team per task. Leave it first.");

    public static Error AlreadyInTeamForTask() =>
        Error.Conflict("You are already in a team for this task; a person may be in one team per task. Leave it first.");

    public static Error NameTaken(string name) => Error.Conflict($"A team named \"{name}\" already exists in this task; choose another name.");
}
