using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Application.Features.Teams;

/// <summary>A person's team in one task and that team's registration state.</summary>
public sealed record TeamMembership(Guid TeamId, string TeamName, bool IsLeader, RegistrationStatus? RegistrationStatus, string? RejectionReason)
{
    public bool IsApproved => RegistrationStatus == Domain.Registrations.RegistrationStatus.Approved;
}
