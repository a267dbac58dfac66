using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Audit;
using MedRec.Portal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>Auditing and result-returning saves shared by every mutating use case.</summary>
public static class PortalDbContextExtensions
{
    private static readonly JsonSerializerOptions AuditJson = new()
    {
        // Readable Chinese names in the audit log instead of \uXXXX escapes; the log is shown as text, never as HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Adds an audit event to the unit of work, so it is saved with the change or not at all.</summary>
    public static void Audit(this IPortalDbContext db, Actor? actor, string action, string entityType, object entityId, object? before, object? after, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEvents.Add(new AuditEvent(
            Guid.CreateVersion7(),
            nowUtc,
            actor?.UserId,
            action,
            entityType,
            Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            before is null ? null : JsonSerializer.Serialize(before, AuditJson),
            after is null ? null : JsonSerializer.Serialize(after, AuditJson)));
    }

    /// <summary>
    /// Saves and turns the expected database refusals into results: a concurrent edit of a versioned row
    /// becomes <see cref="CommonErrors.Concurrency"/>; a broken unique index becomes <paramref name="onConflict"/>
    /// (when given), e.g. a second team for the same person and task created by a racing request.
    /// </summary>
    public static async Task<Result> TrySaveAsync(this IPortalDbContext db, CancellationToken cancellationToken, Error? onConflict = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(CommonErrors.Concurrency);
        }
        catch (DbUpdateException) when (onConflict is not null)
        {
            return Result.Failure(onConflict);
        }
    }
}
