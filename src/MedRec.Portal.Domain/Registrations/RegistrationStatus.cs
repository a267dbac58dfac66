namespace MedRec.Portal.Domain.Registrations;

/// <summary>An organiser's decision on a team's registration for a task.</summary>
public enum RegistrationStatus
{
    Pending,
    Approved,
    Rejected,
}
