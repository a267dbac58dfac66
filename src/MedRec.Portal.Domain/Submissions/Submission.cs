using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;

namespace MedRec.Portal.Domain.Submissions;

/// <summary>
/// A team's prediction file for a phase and what became of it: queued, scored (metrics stored, primary metric in
/// its own column so boards sort in the database), failed (with a reason the team can read) or rejected (with
/// the validation report). The bytes sit in <see cref="SubmissionContent"/> so lists never load them.
/// </summary>
public sealed class Submission : IVersioned
{
    public const int MaxDescriptionLength = 500;

    public const int MaxReasonLength = 1000;

    public static readonly ErrorMessage DescriptionTooLong = new("submission.description-too-long", ErrorCodes.Validation, "The description may have at most {0} characters.");

    public static readonly ErrorMessage OnlyScoredSelectable = new("submission.only-scored-selectable", ErrorCodes.Conflict, "Only scored submissions can be selected; this one is {0}.");

    public static readonly ErrorMessage NotClaimable = new("submission.not-claimable", ErrorCodes.Conflict, "Submission {0} is {1} and cannot be claimed.");

    public static readonly ErrorMessage NoRescoreToPublish = new("submission.no-rescore-to-publish", ErrorCodes.Conflict, "Submission {0} has no computed re-score to publish.");

    private Submission()
    {
    }

    private Submission(Guid id, Guid taskId, Guid phaseId, Guid teamId, Guid submittedBy, DateTime submittedAt, DateOnly quotaDay, string description, StoredFileFacts file)
    {
        Id = id;
        TaskId = taskId;
        PhaseId = phaseId;
        TeamId = teamId;
        SubmittedByUserId = submittedBy;
        SubmittedAt = submittedAt;
        QuotaDay = quotaDay;
        Description = description;
        OriginalFileName = file.OriginalFileName;
        Sha256 = file.Sha256;
        ByteCount = file.ByteCount;
        CompressedByteCount = file.CompressedByteCount;
        RecordCount = file.RecordCount;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid PhaseId { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid SubmittedByUserId { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    /// <summary>The calendar day in the phase's quota zone the upload belongs to.</summary>
    public DateOnly QuotaDay { get; private set; }

    /// <summary>The team's own note ("ensemble of 3, threshold 0.4").</summary>
    public string Description { get; private set; } = "";

    public string OriginalFileName { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the original bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public long ByteCount { get; private set; }

    public long CompressedByteCount { get; private set; }

    /// <summary>Records (array elements) the validator read.</summary>
    public int RecordCount { get; private set; }

    public SubmissionStatus Status { get; private set; }

    /// <summary>Why scoring failed, for the team to read (never gold content); empty otherwise. English.</summary>
    public string FailureReason { get; private set; } = "";

    /// <summary>The <see cref="NoteMessage.Id"/> of <see cref="FailureReason"/>, so pages can show it translated; null for free text.</summary>
    public string? FailureReasonId { get; private set; }

    /// <summary>The values in <see cref="FailureReason"/>'s placeholders.</summary>
    public IReadOnlyList<string> FailureReasonArguments { get; private set; } = [];

    /// <summary>The failure reason with its message id and values, for showing it in the reader's language.</summary>
    public Note GetFailureReason() => new(FailureReasonId, FailureReasonArguments, FailureReason);

    /// <summary>The validation report as JSON: errors of a rejected file, warnings of an accepted one.</summary>
    public string ValidationReportJson { get; private set; } = "";

    public int ErrorCount { get; private set; }

    public int WarningCount { get; private set; }

    /// <summary>Whether the upload used the team's quota.</summary>
    public bool Counted { get; private set; }

    /// <summary>Why it did or did not use the quota, in words shown beside it (English).</summary>
    public string CountingNote { get; private set; } = "";

    /// <summary>The <see cref="NoteMessage.Id"/> of <see cref="CountingNote"/>, so pages can show it translated; null for free text.</summary>
    public string? CountingNoteId { get; private set; }

    /// <summary>The values in <see cref="CountingNote"/>'s placeholders (empty when <see cref="CountingNoteId"/> is null).</summary>
    public IReadOnlyList<string> CountingNoteArguments { get; private set; } = [];

    /// <summary>The counting note with its message id and values, for showing it in the reader's language.</summary>
    public Note GetCountingNote() => new(CountingNoteId, CountingNoteArguments, CountingNote);

    /// <summary>The team's earlier submission in the phase with the same bytes, if any (allowed, but flagged).</summary>
    public Guid? DuplicateOfSubmissionId { get; private set; }

    /// <summary>The task's primary (ranking) metric, in its own column so leaderboards sort in the database.</summary>
    public double? PrimaryScore { get; private set; }

    /// <summary>Every metric as a JSON object of key → value, in display order.</summary>
    public string? MetricsJson { get; private set; }

    public string? ScorerVersion { get; private set; }

    public DateTime? ScoredAt { get; private set; }

    public bool IsSelectedForFinal { get; private set; }

    /// <summary>How many times a worker claimed it (a crash mid-scoring shows as a second attempt).</summary>
    public int Attempts { get; private set; }

    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the claiming worker owns it; after that another worker may take it back.</summary>
    public DateTime? LeaseExpiresAt { get; private set; }

    /// <summary>An organiser's re-score waiting to be published (same shape as the live columns); null when none.</summary>
    public double? PendingPrimaryScore { get; private set; }

    public string? PendingMetricsJson { get; private set; }

    public string? PendingScorerVersion { get; private set; }

    /// <summary>Why the pending re-score could not be computed; empty when none failed.</summary>
    public string PendingFailure { get; private set; } = "";

    public DateTime? PendingComputedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Why a description cannot be stored, or null.</summary>
    public static Error? CheckDescription(string? description) =>
        (description?.Trim().Length ?? 0) > MaxDescriptionLength
            ? DescriptionTooLong.ForField(nameof(Description), MaxDescriptionLength)
            : null;

    /// <summary>A valid file waiting for the scorer.</summary>
    public static Submission Queue(Guid id, Guid taskId, Guid phaseId, Guid teamId, Guid submittedBy, DateTime submittedAtUtc, DateOnly quotaDay, string? description, StoredFileFacts file, string reportJson, int warningCount, bool counted, Note countingNote, Guid? duplicateOf)
    {
        var submission = Create(id, taskId, phaseId, teamId, submittedBy, submittedAtUtc, quotaDay, description, file, reportJson, 0, warningCount, counted, countingNote, duplicateOf);
        submission.Status = SubmissionStatus.Queued;
        return submission;
    }

    /// <summary>A file that broke the rules: stored with its report so the team can see what to fix.</summary>
    public static Submission Reject(Guid id, Guid taskId, Guid phaseId, Guid teamId, Guid submittedBy, DateTime submittedAtUtc, DateOnly quotaDay, string? description, StoredFileFacts file, string reportJson, int errorCount, int warningCount, bool counted, Note countingNote, Guid? duplicateOf)
    {
        var submission = Create(id, taskId, phaseId, teamId, submittedBy, submittedAtUtc, quotaDay, description, file, reportJson, errorCount, warningCount, counted, countingNote, duplicateOf);
        submission.Status = SubmissionStatus.Rejected;
        return submission;
    }

    /// <summary>Whether a worker may claim it now: queued, or left in scoring by a worker whose lease ran out.</summary>
    public bool IsClaimableAt(DateTime nowUtc) =>
        Status == SubmissionStatus.Queued
        || (Status == SubmissionStatus.Scoring && LeaseExpiresAt is { } expires && expires <= Instants.RequireUtc(nowUtc, nameof(nowUtc)));

    /// <summary>A worker takes it for scoring until <paramref name="leaseExpiresAtUtc"/>.</summary>
    public void Claim(string owner, DateTime leaseExpiresAtUtc, DateTime nowUtc)
    {
        if (!IsClaimableAt(nowUtc))
        {
            throw new DomainRuleException(NotClaimable.With(Id, Status));
        }

        Status = SubmissionStatus.Scoring;
        LeaseOwner = owner;
        LeaseExpiresAt = Instants.RequireUtc(leaseExpiresAtUtc, nameof(leaseExpiresAtUtc));
        Attempts++;
    }

    /// <summary>Whether <paramref name="owner"/> still holds the lease (a worker that lost it must not write a result).</summary>
    public bool IsLeasedBy(string owner) => Status == SubmissionStatus.Scoring && LeaseOwner == owner;

    public void MarkScored(double primaryScore, string metricsJson, string scorerVersion, DateTime nowUtc)
    {
        Status = SubmissionStatus.Scored;
        PrimaryScore = primaryScore;
        MetricsJson = metricsJson;
        ScorerVersion = scorerVersion;
        ScoredAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        SetFailureReason(Note.FromEnglish(""));
        ReleaseLease();
    }

    public void MarkFailed(Note reason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Status = SubmissionStatus.Failed;
        SetFailureReason(reason);
        ScoredAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        ReleaseLease();
    }

    /// <summary>The quota was given back (scoring failed through no fault of the file).</summary>
    public void Uncount(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Counted = false;
        SetCountingNote(note);
    }

    /// <summary>Why the team cannot (un)select it for the final ranking, or null.</summary>
    public Error? CheckCanSelect(bool select) =>
        select && Status != SubmissionStatus.Scored
            ? OnlyScoredSelectable.With(Status.ToString().ToLowerInvariant())
            : null;

    public void SelectForFinal(bool select)
    {
        if (CheckCanSelect(select) is { } error)
        {
            throw new DomainRuleException(error);
        }

        IsSelectedForFinal = select;
    }

    /// <summary>An organiser merged the submitting team into <paramref name="teamId"/>: the submission counts for that team now.</summary>
    public void MoveToTeam(Guid teamId) => TeamId = teamId;

    /// <summary>Stores an organiser's re-score beside the live score, to compare before publishing.</summary>
    public void SetPendingRescore(double? primaryScore, string? metricsJson, string? scorerVersion, string failure, DateTime nowUtc)
    {
        PendingPrimaryScore = primaryScore;
        PendingMetricsJson = metricsJson;
        PendingScorerVersion = scorerVersion;
        PendingFailure = Trim(failure);
        PendingComputedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public bool HasPendingRescore => PendingComputedAt is not null && PendingMetricsJson is not null;

    /// <summary>Makes the pending re-score the live score.</summary>
    public void PublishPendingRescore(DateTime nowUtc)
    {
        if (!HasPendingRescore)
        {
            throw new DomainRuleException(NoRescoreToPublish.With(Id));
        }

        MarkScored(PendingPrimaryScore!.Value, PendingMetricsJson!, PendingScorerVersion!, nowUtc);
        ClearPendingRescore();
    }

    public void ClearPendingRescore()
    {
        PendingPrimaryScore = null;
        PendingMetricsJson = null;
        PendingScorerVersion = null;
        PendingFailure = "";
        PendingComputedAt = null;
    }

    private static Submission Create(Guid id, Guid taskId, Guid phaseId, Guid teamId, Guid submittedBy, DateTime submittedAtUtc, DateOnly quotaDay, string? description, StoredFileFacts file, string reportJson, int errorCount, int warningCount, bool counted, Note countingNote, Guid? duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (CheckDescription(description) is { } error)
        {
            throw new DomainRuleException(error);
        }

        return new Submission(id, taskId, phaseId, teamId, submittedBy, Instants.RequireUtc(submittedAtUtc, nameof(submittedAtUtc)), quotaDay, description?.Trim() ?? "", file)
        {
            ValidationReportJson = reportJson,
            ErrorCount = errorCount,
            WarningCount = warningCount,
            Counted = counted,
            DuplicateOfSubmissionId = duplicateOf,
        }.WithCountingNote(countingNote);
    }

    private Submission WithCountingNote(Note note)
    {
        SetCountingNote(note);
        return this;
    }

    private void SetFailureReason(Note reason)
    {
        FailureReason = Trim(reason.English);
        FailureReasonId = reason.MessageId;
        FailureReasonArguments = reason.MessageId is null ? [] : [.. reason.Arguments];
    }

    private void SetCountingNote(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        CountingNote = Trim(note.English);
        CountingNoteId = note.MessageId;
        CountingNoteArguments = note.MessageId is null ? [] : [.. note.Arguments];
    }

    private static string Trim(string text) => text.Length > MaxReasonLength ? text[..MaxReasonLength] : text;

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
