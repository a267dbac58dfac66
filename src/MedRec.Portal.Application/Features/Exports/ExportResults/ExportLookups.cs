using MedRec.Portal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>Names the export tables show instead of ids, read once per export.</summary>
internal static class ExportLookups
{
    /// <summary>Some providers cap the parameters of one statement (SQL Server: 2,100), so long id lists go in chunks.</summary>
    public const int ChunkSize = 500;

    public static async Task<Dictionary<Guid, string>> TeamNamesAsync(IPortalDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking()
            .Where(t => t.TaskId == taskId)
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken)
            .ConfigureAwait(false);

    public static async Task<Dictionary<Guid, ExportUser>> UsersAsync(IPortalDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var users = new Dictionary<Guid, ExportUser>();
        foreach (var chunk in ids.Distinct().Chunk(ChunkSize))
        {
            var found = await db.UserSummaries
                .Where(u => chunk.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.Email })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var user in found)
            {
                users[user.Id] = new ExportUser(user.DisplayName, user.Email);
            }
        }

        return users;
    }
}

/// <summary>An account as the export names it.</summary>
internal sealed record ExportUser(string DisplayName, string Email)
{
    public static ExportUser Unknown { get; } = new("", "");
}
