using Microsoft.EntityFrameworkCore.Storage;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// How a worker picks the row to claim without every worker reaching for the same one: inside a transaction, the
/// database hands each worker a different row (PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>, SQL Server
/// <c>UPDLOCK, READPAST</c>; SQLite has one writer, so its transaction takes the write lock up front and claims
/// are simply serialised). The claim is then saved under the row's version token as before, so correctness never
/// depends on the lock: the lock only keeps workers from colliding.
/// </summary>
public interface IQueueClaims
{
    /// <summary>Opens the claiming transaction on <paramref name="db"/>; commit it after the claim is saved.</summary>
    Task<IDbContextTransaction> BeginAsync(IPortalDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// The oldest submission a worker may claim at <paramref name="nowUtc"/> (queued, or scoring under a lease that ran
    /// out) that no other open claiming transaction holds, now locked by this one; null when there is none.
    /// </summary>
    Task<Guid?> NextSubmissionAsync(IPortalDbContext db, DateTime nowUtc, CancellationToken cancellationToken);
}
