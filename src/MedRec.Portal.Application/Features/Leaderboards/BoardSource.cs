namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>Which board a query asks for, and which one a <see cref="BoardView"/> shows.</summary>
public enum BoardSource
{
    /// <summary>Participants: what they may see now. Organisers: <see cref="Live"/>.</summary>
    Auto,

    /// <summary>Computed from the current scores (organisers; participants when the board is neither frozen nor hourly).</summary>
    Live,

    /// <summary>Exactly what participants see now (organisers use it to preview).</summary>
    Participants,

    /// <summary>The snapshot taken when the board froze.</summary>
    FreezeSnapshot,

    /// <summary>The latest "publish on the hour" snapshot.</summary>
    HourlySnapshot,

    /// <summary>A snapshot picked from the history.</summary>
    Snapshot,
}
