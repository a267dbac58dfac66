using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Application.Features.Teams;

internal static class TeamErrors
{
    public static Error AlreadyInTeamForTask(string teamName) =>
        TeamRuleErrors.AlreadyInTeamNamed.With(teamName);

    public static Error AlreadyInTeamForTask() =>
        TeamRuleErrors.AlreadyInTeam.With();

    public static Error NameTaken(string name) => TeamRuleErrors.NameTaken.With(name);
}
