namespace MedRec.Portal.Web.Time;

/// <summary>Where "now" falls relative to a phase's submission window, as the UI shows it.</summary>
public enum PhaseWindowState
{
    /// <summary>The window has not opened yet.</summary>
    Upcoming,

    /// <summary>Submissions are accepted.</summary>
    Open,

    /// <summary>The window has closed.</summary>
    Closed,
}

/// <summary>Computes <see cref="PhaseWindowState"/> from a window [open, close).</summary>
public static class PhaseWindow
{
    /// <summary>The state at <paramref name="nowUtc"/> of the window that opens at <paramref name="opensUtc"/> (inclusive) and closes at <paramref name="closesUtc"/> (exclusive).</summary>
    public static PhaseWindowState StateAt(DateTime opensUtc, DateTime closesUtc, DateTime nowUtc) =>
        nowUtc < opensUtc ? PhaseWindowState.Upcoming
        : nowUtc < closesUtc ? PhaseWindowState.Open
        : PhaseWindowState.Closed;
}
