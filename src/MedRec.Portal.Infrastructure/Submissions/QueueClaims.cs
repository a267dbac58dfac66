using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedRec.Portal.Infrastructure.Submissions;

/// <summary>
/// The claim query per database. PostgreSQL and SQL Server skip rows another claiming transaction has locked, so
/// N workers take N different submissions in one round trip each; SQLite's <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's
/// default transaction) takes the single write lock first, so the read that follows cannot go stale before the claim.
/// Raw SQL here only: the model stays provider-neutral, and the statuses are the stored enum names.
/// </summary>
internal sealed class QueueClaims : IQueueClaims
{
    public Task<IDbContextTransaction> BeginAsync(IPortalDbContext db, CancellationToken cancellationToken) =>
        Context(db).Database.BeginTransactionAsync(cancellationToken);

    public async Task<Guid?> NextSubmissionAsync(IPortalDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var database = Context(db).Database;
        var queued = nameof(SubmissionStatus.Queued);
        var scoring = nameof(SubmissionStatus.Scoring);
        List<Guid> ids;
        if (database.IsNpgsql())
        {
            ids = await database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "Submissions"
                WHERE "Status" = {queued} OR ("Status" = {scoring} AND "LeaseExpiresAt" <= {nowUtc})
                ORDER BY "SubmittedAt" LIMIT 1 FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (database.IsSqlServer())
        {
            ids = await database.SqlQuery<Guid>($"""
                SELECT TOP (1) [Id] AS [Value] FROM [Submissions] WITH (UPDLOCK, READPAST, ROWLOCK)
                WHERE [Status] = {queued} OR ([Status] = {scoring} AND [LeaseExpiresAt] <= {nowUtc})
                ORDER BY [SubmittedAt]
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            ids = await db.Submissions
                .Where(s => s.Status == SubmissionStatus.Queued || (s.Status == SubmissionStatus.Scoring && s.LeaseExpiresAt <= nowUtc))
                .OrderBy(s => s.SubmittedAt)
                .Select(s => s.Id)
                .Take(1)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        return ids.Count == 0 ? null : ids[0];
    }

    private static DbContext Context(IPortalDbContext db) =>
        db as DbContext ?? throw new ArgumentException("Claims need the portal's EF Core context.", nameof(db));
}
