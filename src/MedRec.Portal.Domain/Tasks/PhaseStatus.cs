namespace MedRec.Portal.Domain.Tasks;

/// <summary>Where an instant falls relative to a phase's window.</summary>
public enum PhaseStatus
{
    Upcoming,
    Open,
    Closed,
}
