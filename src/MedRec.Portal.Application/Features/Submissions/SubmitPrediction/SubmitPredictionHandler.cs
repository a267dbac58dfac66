using MedRec.Portal.Application.Common;
using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Submissions.SubmitPrediction;

public sealed class SubmitPredictionHandler(
    IPortalDbContextFactory contexts,
    IDatabaseErrors databaseErrors,
    IWorkSignal signal,
    ISubmissionEvents events,
    PreparedSubmissions prepared,
    IOptions<SubmissionOptions> options,
    TimeProvider clock,
    ILogger<SubmitPredictionHandler> logger) : ICommandHandler<SubmitPredictionCommand, Result<SubmissionReceipt>>
{
    /// <summary>Enough for every racing upload of a team to find its place (each retry sees one more slot taken).</summary>
    private const int MaxSaveAttempts = 64;

    public async ValueTask<Result<SubmissionReceipt>> Handle(SubmitPredictionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Submission.CheckDescription(command.Description) is { } descriptionError)
        {
            return descriptionError;
        }

        CompetitionTask? task;
        Phase? phase;
        TeamMembership? membership;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PhaseId, cancellationToken).ConfigureAwait(false);
            task = phase is null ? null : await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == phase.TaskId, cancellationToken).ConfigureAwait(false);
            if (phase is null || task is null)
            {
                return SubmissionErrors.PhaseNotFound.With();
            }

            membership = await TeamQueries.MembershipAsync(db, phase.TaskId, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
            if (SubmissionGate.Check(phase, membership, clock.GetUtcNow().UtcDateTime) is { } blocker)
            {
                return SubmissionGate.ToError(blocker, phase, membership);
            }

            if (await TermsGate.CheckAsync(db, phase.TaskId, command.Actor.UserId, cancellationToken).ConfigureAwait(false) is { } termsError)
            {
                return termsError;
            }
        }

        var maxBytes = options.Value.MaxBytes;
        var read = await ReadLimitedAsync(command, maxBytes, cancellationToken).ConfigureAwait(false);
        if (read.IsFailure)
        {
            return Result<SubmissionReceipt>.Failure(read.Errors);
        }

        var content = read.Value;
        var fileName = UploadFileNames.Clean(command.FileName);
        if (fileName.Length == 0)
        {
            fileName = "submission.json";
        }

        if (fileName.Length > 260)
        {
            return SubmissionErrors.FileNameTooLong.ForField("FileName", 260);
        }

        PhaseScoringSetup setup;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            var loaded = await PhaseScoringSetup.LoadAsync(db, task, phase, maxBytes, cancellationToken).ConfigureAwait(false);
            if (loaded.IsFailure)
            {
                return Result<SubmissionReceipt>.Failure(loaded.Errors);
            }

            setup = loaded.Value;
        }

        using var stream = new MemoryStream(content, writable: false);
        var (validation, compact) = await SubmissionValidator.ValidateAndPrepareAsync(setup.Definition, setup.InputIds, stream, setup.Options, cancellationToken).ConfigureAwait(false);
        var report = StoredReport.From(validation, validation.IsValid ? null : FileSniffer.OtherTaskHint(task.Kind, content, validation));
        var compressed = DatasetCompression.Compress(content, System.IO.Compression.CompressionLevel.Fastest);
        var facts = new StoredFileFacts(fileName, DatasetCompression.Sha256Hex(content), validation.RecordCount, content.LongLength, compressed.LongLength);
        return await StoreAsync(command, task, phase, membership!.TeamId, facts, compressed, report, compact, cancellationToken).ConfigureAwait(false);
    }

    private static Task<Result<byte[]>> ReadLimitedAsync(SubmitPredictionCommand command, long maxBytes, CancellationToken cancellationToken) =>
        PredictionFileReader.ReadAsync(command.Content, command.DeclaredLength, maxBytes, cancellationToken);

    private async Task<Result<SubmissionReceipt>> StoreAsync(SubmitPredictionCommand command, CompetitionTask task, Phase phase, Guid teamId, StoredFileFacts facts, byte[] compressed, StoredReport report, PreparedSubmission? compact, CancellationToken cancellationToken)
    {
        var rejected = report.ErrorCount > 0;
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var day = phase.QuotaDayOf(now);
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var book = await QuotaBook.ReadAsync(db, phase, teamId, day, cancellationToken).ConfigureAwait(false);
            var id = Guid.CreateVersion7();
            bool counted;
            Note note;
            if (rejected)
            {
                if (book.CheckRejectedSlotsLeft(report.Summary()) is { } capReached)
                {
                    return capReached;
                }

                counted = phase.FailedSubmissionsCountTowardQuota;
                if (counted && book.CheckCountedSlotsLeft() is { } noQuota)
                {
                    return noQuota;
                }

                book.Claim(db, id, QuotaSlotKind.RejectedDaily);
                note = counted
                    ? SubmissionNotes.RejectedCounted.With()
                    : SubmissionNotes.RejectedFree.With(book.Used(QuotaSlotKind.RejectedDaily) + 1, phase.FailedDailyCap);
            }
            else
            {
                if (book.CheckCountedSlotsLeft() is { } noQuota)
                {
                    return noQuota;
                }

                counted = true;
                note = SubmissionNotes.Counted.With(book.Used(QuotaSlotKind.Daily) + 1, book.DailyLimit, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), phase.QuotaTimeZoneId);
            }

            if (counted)
            {
                book.Claim(db, id, QuotaSlotKind.Daily, QuotaSlotKind.Total);
            }

            var duplicateOf = await db.Submissions.AsNoTracking()
                .Where(s => s.PhaseId == phase.Id && s.TeamId == teamId && s.Sha256 == facts.Sha256)
                .OrderBy(s => s.SubmittedAt)
                .Select(s => (Guid?)s.Id)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            var submission = rejected
                ? Submission.Reject(id, task.Id, phase.Id, teamId, command.Actor.UserId, now, day, command.Description, facts, report.ToJson(), report.ErrorCount, report.WarningCount, counted, note, duplicateOf)
                : Submission.Queue(id, task.Id, phase.Id, teamId, command.Actor.UserId, now, day, command.Description, facts, report.ToJson(), report.WarningCount, counted, note, duplicateOf);
            db.Submissions.Add(submission);
            db.SubmissionContents.Add(new SubmissionContent(id, compressed));
            db.QuotaLedger.Add(new QuotaLedgerEntry(Guid.CreateVersion7(), phase.Id, teamId, now, day, counted ? QuotaLedgerKind.Counted : QuotaLedgerKind.NotCounted, id, 0, note.English, command.Actor.UserId));
            db.Audit(
                command.Actor,
                rejected ? SubmissionAuditActions.Rejected : SubmissionAuditActions.Queued,
                nameof(Submission),
                id,
                before: null,
                new { submission.PhaseId, submission.TeamId, submission.OriginalFileName, submission.Sha256, submission.ByteCount, submission.Counted, submission.ErrorCount, submission.DuplicateOfSubmissionId },
                now);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < MaxSaveAttempts && (databaseErrors.IsUniqueViolation(exception) || databaseErrors.IsTransient(exception)))
            {
                // Another upload of the team took the slot number we picked (or the database was busy): read again.
                logger.LogDebug("Quota slot taken for team {TeamId} on phase {PhaseId}, attempt {Attempt}; retrying", teamId, phase.Id, attempt);
                continue;
            }

            if (!rejected)
            {
                // Before the signal, so the worker it wakes finds the parsed form instead of reading the file again.
                if (compact is not null)
                {
                    prepared.Add(id, compact);
                }

                signal.Notify(WorkQueue.Scoring);
            }

            events.Publish(new SubmissionChanged(id, phase.Id, teamId, submission.Status, now));
            var after = await QuotaBook.ReadAsync(db, phase, teamId, day, cancellationToken).ConfigureAwait(false);
            // Stored: the window was open and the team approved a moment ago, so nothing blocks the next upload.
            return new SubmissionReceipt(id, submission.Status, counted, note, duplicateOf, facts.Sha256, report, after.ToStatus(blocker: null));
        }
    }
}
