using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>What a download request may fetch: the file row, or why not.</summary>
/// <param name="Status">200, 403 or 404.</param>
/// <param name="Dataset">The file when <paramref name="Status"/> is 200.</param>
internal sealed record DatasetAccess(int Status, Dataset? Dataset);

/// <summary>
/// Decides who may download a task's non-secret files: organisers always; participants only as members of a team
/// whose registration for that task is approved. Unpublished tasks are invisible to participants.
/// </summary>
internal sealed class DatasetAccessQuery(IPortalDbContextFactory contexts)
{
    public async Task<DatasetAccess> PhaseInputsAsync(Actor actor, string slug, string phaseCode, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Phases)
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        var phase = task?.Phases.FirstOrDefault(p => string.Equals(p.Code, phaseCode, StringComparison.OrdinalIgnoreCase));
        if (task is null || phase is null || (!task.IsPublished && !actor.IsOrganizer))
        {
            return new DatasetAccess(StatusCodes.Status404NotFound, null);
        }

        if (!await MayDownloadAsync(db, actor, task.Id, cancellationToken))
        {
            return new DatasetAccess(StatusCodes.Status403Forbidden, null);
        }

        return await FindAsync(db, phase.InputsDatasetId, cancellationToken);
    }

    public async Task<DatasetAccess> CandidateListAsync(Actor actor, string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (task is null || (!task.IsPublished && !actor.IsOrganizer))
        {
            return new DatasetAccess(StatusCodes.Status404NotFound, null);
        }

        if (!await MayDownloadAsync(db, actor, task.Id, cancellationToken))
        {
            return new DatasetAccess(StatusCodes.Status403Forbidden, null);
        }

        return await FindAsync(db, task.CandidateListDatasetId, cancellationToken);
    }

    public async Task<byte[]> ReadAsync(Guid datasetId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var content = await db.DatasetContents.AsNoTracking().FirstAsync(c => c.DatasetId == datasetId, cancellationToken);
        return Application.Features.Datasets.DatasetCompression.Decompress(content.CompressedBytes);
    }

    private static async Task<bool> MayDownloadAsync(IPortalDbContext db, Actor actor, Guid taskId, CancellationToken cancellationToken) =>
        actor.IsOrganizer
        || await (from member in db.TeamMembers
                  join registration in db.Registrations on member.TeamId equals registration.TeamId
                  where member.UserId == actor.UserId && member.TaskId == taskId
                        && registration.TaskId == taskId && registration.Status == RegistrationStatus.Approved
                  select registration.Id).AnyAsync(cancellationToken);

    private static async Task<DatasetAccess> FindAsync(IPortalDbContext db, Guid? datasetId, CancellationToken cancellationToken)
    {
        var dataset = datasetId is null
            ? null
            : await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken);
        return dataset is null
            ? new DatasetAccess(StatusCodes.Status404NotFound, null)
            : new DatasetAccess(StatusCodes.Status200OK, dataset);
    }
}
