namespace MedRec.Portal.Domain.Submissions;

/// <summary>The limits a <see cref="QuotaSlot"/> is claimed against.</summary>
public enum QuotaSlotKind
{
    /// <summary>One of the phase's daily scored submissions on a quota day.</summary>
    Daily,

    /// <summary>One of the phase's total scored submissions (stored with <see cref="QuotaSlot.AllDays"/> as its day).</summary>
    Total,

    /// <summary>One of the rejected files a team may upload per quota day (the phase's failed daily cap).</summary>
    RejectedDaily,
}
