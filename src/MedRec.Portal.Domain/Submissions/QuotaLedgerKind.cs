namespace MedRec.Portal.Domain.Submissions;

/// <summary>What a <see cref="QuotaLedgerEntry"/> records.</summary>
public enum QuotaLedgerKind
{
    /// <summary>An upload that used the quota.</summary>
    Counted,

    /// <summary>An upload that did not use the quota (e.g. a rejected file); the reason says why.</summary>
    NotCounted,

    /// <summary>An organiser granted extra attempts.</summary>
    Grant,

    /// <summary>An attempt was given back (scoring failed through no fault of the file).</summary>
    Refund,
}
