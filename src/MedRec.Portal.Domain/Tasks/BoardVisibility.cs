namespace MedRec.Portal.Domain.Tasks;

/// <summary>Whether participants see a phase's leaderboard.</summary>
public enum BoardVisibility
{
    /// <summary>Visible to everyone as submissions are scored.</summary>
    Public,

    /// <summary>Visible to organisers only until they release it.</summary>
    HiddenUntilReleased,
}
