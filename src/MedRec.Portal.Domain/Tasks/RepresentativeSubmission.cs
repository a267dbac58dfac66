namespace MedRec.Portal.Domain.Tasks;

/// <summary>Which of a team's submissions represents it on a phase's leaderboard.</summary>
public enum RepresentativeSubmission
{
    /// <summary>The best-scoring submission (the default).</summary>
    Best,

    /// <summary>The most recent scored submission.</summary>
    Latest,

    /// <summary>The submissions the team selected, up to the phase's selection limit.</summary>
    Selected,
}
