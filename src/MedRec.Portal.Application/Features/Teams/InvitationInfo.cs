namespace MedRec.Portal.Application.Features.Teams;

/// <summary>An invitation as the leader sees it; the page turns <see cref="Code"/> into a join link.</summary>
public sealed record InvitationInfo(Guid Id, string Code, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);
