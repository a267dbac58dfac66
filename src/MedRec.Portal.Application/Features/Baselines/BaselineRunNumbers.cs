using MedRec.Portal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>
/// A run's number within its task (#1 is the first run requested), as the Runs tab shows it and refusals name it.
/// Derived from the request order rather than stored: runs are never deleted, so a number never changes.
/// </summary>
public static class BaselineRunNumbers
{
    /// <summary>Run id → number, for every run of the task.</summary>
    public static async Task<Dictionary<Guid, int>> OfTaskAsync(IPortalDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = await db.BaselineRuns.AsNoTracking()
            .Where(r => r.TaskId == taskId)
            .Select(r => new { r.Id, r.RequestedAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return runs.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
            .Select((r, index) => (r.Id, Number: index + 1))
            .ToDictionary(r => r.Id, r => r.Number);
    }
}
