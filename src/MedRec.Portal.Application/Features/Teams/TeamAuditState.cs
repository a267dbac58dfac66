using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Application.Features.Teams;

/// <summary>A team as the merge and unmerge audit events show it, before and after.</summary>
internal sealed record TeamAuditState(Guid Id, string Name, Guid LeaderId, int MaxSize, List<Guid> MemberUserIds, Guid? MergedIntoTeamId, DateTime? MergedAt)
{
    public static TeamAuditState Of(Team team) =>
        new(team.Id, team.Name, team.LeaderId, team.MaxSize, team.Members.Select(m => m.UserId).ToList(), team.MergedIntoTeamId, team.MergedAt);
}
