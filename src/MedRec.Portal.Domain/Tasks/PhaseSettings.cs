using System.Globalization;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Tasks;

/// <summary>Everything an organiser sets on a phase. <see cref="Validate"/> lists every problem, not just the first.</summary>
public sealed record PhaseSettings
{
    /// <summary>The quota day of Chinese shared tasks runs on Beijing time.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>Short code shown to participants: "A", "B", …</summary>
    public required string Code { get; init; }

    public string NameZh { get; init; } = "";

    public string NameEn { get; init; } = "";

    /// <summary>First instant (UTC) at which submissions are accepted.</summary>
    public required DateTime OpensAt { get; init; }

    /// <summary>First instant (UTC) at which submissions are no longer accepted.</summary>
    public required DateTime ClosesAt { get; init; }

    /// <summary>IANA id of the zone whose calendar day the daily limit counts in.</summary>
    public string QuotaTimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>Scored submissions a team may make per quota day.</summary>
    public int DailyLimit { get; init; } = 5;

    /// <summary>Scored submissions a team may make in the whole phase.</summary>
    public int TotalLimit { get; init; } = 100;

    /// <summary>Whether a rejected (invalid) file uses the team's quota. Off by default: docs/scoring-rules.md says it does not.</summary>
    public bool FailedSubmissionsCountTowardQuota { get; init; }

    /// <summary>Rejected files a team may upload per quota day, so free retries cannot flood the validator.</summary>
    public int FailedDailyCap { get; init; } = 20;

    public RepresentativeSubmission Representative { get; init; } = RepresentativeSubmission.Best;

    /// <summary>How many submissions a team may select when <see cref="Representative"/> is <see cref="RepresentativeSubmission.Selected"/>.</summary>
    public int SelectionLimit { get; init; } = 1;

    public BoardVisibility BoardVisibility { get; init; } = BoardVisibility.Public;

    /// <summary>
    /// The cap a new ICD phase starts with: the largest number of additional codes of any gold record of the official
    /// data. Without a cap, predicting all 53 codes scores 0.5 + 0.5·main accuracy (Acc has no precision term).
    /// </summary>
    public const int DefaultIcdMaxAdditionalCodes = 7;

    /// <summary>ICD only: the most additional codes one record may predict; null applies the literal official rule (no cap).</summary>
    public int? MaxAdditionalCodes { get; init; }

    /// <summary>
    /// The cap a new phase of <paramref name="kind"/> starts with (organisers may clear it for the literal official
    /// rule): <see cref="DefaultIcdMaxAdditionalCodes"/> for ICD, none for tasks without additional codes.
    /// </summary>
    public static int? DefaultMaxAdditionalCodes(TaskKind kind) => kind == TaskKind.Icd ? DefaultIcdMaxAdditionalCodes : null;

    public IReadOnlyList<Error> Validate(TaskKind kind)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > 16)
        {
            errors.Add(PhaseErrors.CodeLength.ForField(nameof(Code)));
        }

        if (OpensAt.Kind == DateTimeKind.Local || ClosesAt.Kind == DateTimeKind.Local)
        {
            errors.Add(PhaseErrors.InstantsNotUtc.ForField(nameof(OpensAt)));
        }
        else if (OpensAt >= ClosesAt)
        {
            errors.Add(PhaseErrors.ClosesBeforeOpens.ForField(nameof(ClosesAt), OpensAt.ToString("u", CultureInfo.InvariantCulture), ClosesAt.ToString("u", CultureInfo.InvariantCulture)));
        }

        if (!QuotaTimeZones.TryFind(QuotaTimeZoneId, out _))
        {
            errors.Add(PhaseErrors.UnknownZone.ForField(nameof(QuotaTimeZoneId), QuotaTimeZoneId, DefaultTimeZoneId));
        }

        if (DailyLimit < 1)
        {
            errors.Add(PhaseErrors.DailyLimitTooSmall.ForField(nameof(DailyLimit), DailyLimit));
        }

        if (TotalLimit < 1)
        {
            errors.Add(PhaseErrors.TotalLimitTooSmall.ForField(nameof(TotalLimit), TotalLimit));
        }

        if (FailedDailyCap < 0)
        {
            errors.Add(PhaseErrors.RejectedCapNegative.ForField(nameof(FailedDailyCap), FailedDailyCap));
        }

        if (!Enum.IsDefined(Representative))
        {
            errors.Add(PhaseErrors.RepresentativeUnknown.ForField(nameof(Representative)));
        }
        else if (Representative == RepresentativeSubmission.Selected && SelectionLimit < 1)
        {
            errors.Add(PhaseErrors.SelectionLimitTooSmall.ForField(nameof(SelectionLimit), SelectionLimit));
        }

        if (!Enum.IsDefined(BoardVisibility))
        {
            errors.Add(PhaseErrors.VisibilityUnknown.ForField(nameof(BoardVisibility)));
        }

        if (MaxAdditionalCodes is not null)
        {
            if (kind != TaskKind.Icd)
            {
                errors.Add(PhaseErrors.CodeCapOnlyIcd.ForField(nameof(MaxAdditionalCodes)));
            }
            else if (MaxAdditionalCodes < 1)
            {
                errors.Add(PhaseErrors.CodeCapTooSmall.ForField(nameof(MaxAdditionalCodes), MaxAdditionalCodes));
            }
        }

        return errors;
    }
}
