using MedRec.Portal.Domain.Common;
using MedRec.Portal.Scoring.Tasks;

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

    /// <summary>Whether a rejected (invalid) file uses the team's quota. Off by default: scoring.md says it does not.</summary>
    public bool FailedSubmissionsCountTowardQuota { get; init; }

    /// <summary>Rejected files a team may upload per quota day, so free retries cannot flood the validator.</summary>
    public int FailedDailyCap { get; init; } = 20;

    public RepresentativeSubmission Representative { get; init; } = RepresentativeSubmission.Best;

    /// <summary>How many submissions a team may select when <see cref="Representative"/> is <see cref="RepresentativeSubmission.Selected"/>.</summary>
    public int SelectionLimit { get; init; } = 1;

    public BoardVisibility BoardVisibility { get; init; } = BoardVisibility.Public;

    /// <summary>ICD only: the most additional codes one record may predict; null applies the literal official rule (no cap).</summary>
    public int? MaxAdditionalCodes { get; init; }

    public IReadOnlyList<Error> Validate(TaskKind kind)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > 16)
        {
            errors.Add(Error.Validation(nameof(Code), "The phase code must be 1–16 characters, e.g. \"A\"."));
        }

        if (OpensAt.Kind == DateTimeKind.Local || ClosesAt.Kind == DateTimeKind.Local)
        {
            errors.Add(Error.Validation(nameof(OpensAt), "Opening and closing instants must be given in UTC."));
        }
        else if (OpensAt >= ClosesAt)
        {
            errors.Add(Error.Validation(nameof(ClosesAt), $"The phase must close after it opens (opens {OpensAt:u}, closes {ClosesAt:u})."));
        }

        if (!QuotaTimeZones.TryFind(QuotaTimeZoneId, out _))
        {
            errors.Add(Error.Validation(nameof(QuotaTimeZoneId), $"\"{QuotaTimeZoneId}\" is not a known IANA time zone id; use e.g. \"{DefaultTimeZoneId}\" or \"UTC\"."));
        }

        if (DailyLimit < 1)
        {
            errors.Add(Error.Validation(nameof(DailyLimit), $"The daily limit must be at least 1 (was {DailyLimit})."));
        }

        if (TotalLimit < 1)
        {
            errors.Add(Error.Validation(nameof(TotalLimit), $"The total limit must be at least 1 (was {TotalLimit})."));
        }

        if (FailedDailyCap < 0)
        {
            errors.Add(Error.Validation(nameof(FailedDailyCap), $"The daily cap on rejected files cannot be negative (was {FailedDailyCap})."));
        }

        if (!Enum.IsDefined(Representative))
        {
            errors.Add(Error.Validation(nameof(Representative), "Choose best, latest or selected submissions to represent a team."));
        }
        else if (Representative == RepresentativeSubmission.Selected && SelectionLimit < 1)
        {
            errors.Add(Error.Validation(nameof(SelectionLimit), $"Teams must be allowed to select at least 1 submission (was {SelectionLimit})."));
        }

        if (!Enum.IsDefined(BoardVisibility))
        {
            errors.Add(Error.Validation(nameof(BoardVisibility), "Choose public or hidden-until-released for the board."));
        }

        if (MaxAdditionalCodes is not null)
        {
            if (kind != TaskKind.Icd)
            {
                errors.Add(Error.Validation(nameof(MaxAdditionalCodes), "Only ICD coding phases can cap additional codes; leave it empty."));
            }
            else if (MaxAdditionalCodes < 1)
            {
                errors.Add(Error.Validation(nameof(MaxAdditionalCodes), $"The cap on additional codes must be at least 1, or empty for no cap (was {MaxAdditionalCodes})."));
            }
        }

        return errors;
    }
}
