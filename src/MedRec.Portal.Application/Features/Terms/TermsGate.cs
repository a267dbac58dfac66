using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Terms;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Terms;

/// <summary>
/// The one check every download and submission of a participant passes: the person (not only their team
/// leader) has accepted the version of the task's data-use terms now in force. Organisers are not asked.
/// </summary>
public static class TermsGate
{
    /// <summary>The terms version in force for the task, or null when none has been published.</summary>
    public static Task<TermsVersion?> CurrentAsync(IPortalDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.TermsVersions.AsNoTracking()
            .Where(t => t.TaskId == taskId)
            .OrderByDescending(t => t.Number)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The newest version this person accepted for the task, or null.</summary>
    public static async Task<TermsAcceptance?> LatestAcceptanceAsync(IPortalDbContext db, Guid taskId, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.TermsAcceptances.AsNoTracking()
            .Where(a => a.TaskId == taskId && a.UserId == userId)
            .OrderByDescending(a => a.TermsNumber)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Why this person may not download or submit for the task under its terms, or null when they may.</summary>
    public static async Task<Error?> CheckAsync(IPortalDbContext db, Guid taskId, Guid userId, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, taskId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return TermsErrors.NonePublished.With();
        }

        var accepted = await LatestAcceptanceAsync(db, taskId, userId, cancellationToken).ConfigureAwait(false);
        return accepted switch
        {
            null => TermsErrors.NotAccepted.With(current.Number),
            _ when accepted.TermsNumber < current.Number => TermsErrors.NewVersion.With(accepted.TermsNumber, current.Number),
            _ => null,
        };
    }

    /// <summary>
    /// Records that the person accepted version <paramref name="shownNumber"/> (the one they were shown),
    /// refusing when another version is now in force. Adds nothing when they had already accepted it.
    /// </summary>
    public static async Task<Result<TermsAcceptance?>> AcceptAsync(IPortalDbContext db, Guid taskId, Guid userId, int? shownNumber, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, taskId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return TermsErrors.NonePublished.With();
        }

        if (shownNumber is { } shown && shown != current.Number)
        {
            return TermsErrors.VersionChanged.With(current.Number);
        }

        if (await db.TermsAcceptances.AnyAsync(a => a.TaskId == taskId && a.UserId == userId && a.TermsNumber == current.Number, cancellationToken).ConfigureAwait(false))
        {
            return Result<TermsAcceptance?>.Success(null);
        }

        var acceptance = new TermsAcceptance(Guid.CreateVersion7(), taskId, userId, current.Number, nowUtc);
        db.TermsAcceptances.Add(acceptance);
        return acceptance;
    }
}
