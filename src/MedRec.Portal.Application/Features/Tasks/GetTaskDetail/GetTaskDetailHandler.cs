using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Tasks.GetTaskDetail;

public sealed class GetTaskDetailHandler(IPortalDbContextFactory contexts, IGoldDatasetStore gold, TimeProvider clock) : IQueryHandler<GetTaskDetailQuery, Result<TaskDetail>>
{
    public async ValueTask<Result<TaskDetail>> Handle(GetTaskDetailQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Phases)
            .FirstOrDefaultAsync(t => t.Slug == query.Slug, cancellationToken).ConfigureAwait(false);
        if (task is null || (!task.IsPublished && !organizer))
        {
            return PhaseErrors.TaskSlugNotFound.With(query.Slug);
        }

        var datasetIds = task.Phases.Select(p => p.InputsDatasetId).Append(task.CandidateListDatasetId).OfType<Guid>().ToList();
        var datasets = await db.Datasets.AsNoTracking()
            .Where(d => datasetIds.Contains(d.Id))
            .Select(d => new DatasetInfo(d.Id, d.OriginalFileName, d.Sha256, d.RecordCount, d.ByteCount, d.UploadedAt))
            .ToDictionaryAsync(d => d.Id, cancellationToken)
            .ConfigureAwait(false);
        NameDownloads(task, datasets);

        var viewer = query.Actor is null ? null : await FindViewerTeamAsync(db, task.Id, query.Actor.UserId, cancellationToken).ConfigureAwait(false);
        // Gold facts (file name, checksum, count) go to organisers only, through the gold store.
        var goldInfo = new Dictionary<Guid, DatasetInfo>();
        if (organizer)
        {
            foreach (var goldId in task.Phases.Select(p => p.GoldDatasetId).OfType<Guid>())
            {
                if (await gold.FindAsync(goldId, cancellationToken).ConfigureAwait(false) is { } g)
                {
                    goldInfo[goldId] = new DatasetInfo(g.Id, g.OriginalFileName, g.Sha256, g.RecordCount, g.ByteCount, g.UploadedAt);
                }
            }
        }

        var extras = await db.Datasets.AsNoTracking()
            .Where(d => d.TaskId == task.Id && d.Kind == Domain.Datasets.DatasetKind.Extra)
            .OrderBy(d => d.OriginalFileName)
            .Select(d => new ExtraFileInfo(new DatasetInfo(d.Id, d.OriginalFileName, d.Sha256, d.RecordCount, d.ByteCount, d.UploadedAt), d.PhaseId, d.Description ?? ""))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var terms = await LoadTermsAsync(db, task.Id, query.Actor?.UserId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var phases = task.Phases.OrderBy(p => p.OpensAt).Select(p => new PhaseSummary(
            p.Id,
            p.Code,
            p.NameZh,
            p.NameEn,
            p.OpensAt,
            p.ClosesAt,
            p.StatusAt(now),
            p.Settings,
            p.Version,
            p.InputsDatasetId is { } inputs ? datasets.GetValueOrDefault(inputs) : null,
            p.GoldDatasetId is not null,
            p.GoldDatasetId is { } goldId ? goldInfo.GetValueOrDefault(goldId) : null)).ToList();

        return new TaskDetail(
            task.Id,
            task.Slug,
            task.Kind,
            new TaskTexts(task.TitleZh, task.TitleEn, task.DescriptionZh, task.DescriptionEn, task.RulesZh, task.RulesEn, task.EvaluationZh, task.EvaluationEn),
            task.IsPublished,
            task.Version,
            task.CandidateListDatasetId is { } list ? datasets.GetValueOrDefault(list) : null,
            phases,
            task.CurrentPhase(now)?.Id,
            viewer,
            organizer || (viewer?.RegistrationStatus == RegistrationStatus.Approved && terms?.AcceptedCurrent == true),
            terms,
            extras);
    }

    // The Data tab shows the name the file will be saved under, as the download endpoint sends it.
    private static void NameDownloads(CompetitionTask task, Dictionary<Guid, DatasetInfo> datasets)
    {
        foreach (var (id, info) in datasets.ToList())
        {
            var (kind, phase) = id == task.CandidateListDatasetId
                ? (DatasetKind.CandidateList, (string?)null)
                : (DatasetKind.Inputs, task.Phases.Where(p => p.InputsDatasetId == id).OrderBy(p => p.OpensAt).Select(p => p.Code).FirstOrDefault());
            datasets[id] = info with { DownloadName = DatasetDownloadName.For(task.Slug, kind, phase, info.OriginalFileName) };
        }
    }

    private static async Task<TaskTerms?> LoadTermsAsync(IPortalDbContext db, Guid taskId, Guid? userId, CancellationToken cancellationToken)
    {
        var current = await TermsGate.CurrentAsync(db, taskId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }

        var mine = userId is { } id ? await TermsGate.LatestAcceptanceAsync(db, taskId, id, cancellationToken).ConfigureAwait(false) : null;
        return new TaskTerms(current.Number, current.TextZh, current.TextEn, current.PublishedAt, mine?.TermsNumber, mine?.AcceptedAt);
    }

    private static async Task<ViewerTeam?> FindViewerTeamAsync(IPortalDbContext db, Guid taskId, Guid userId, CancellationToken cancellationToken)
    {
        var membership = await TeamQueries.MembershipAsync(db, taskId, userId, cancellationToken).ConfigureAwait(false);
        return membership is null
            ? null
            : new ViewerTeam(membership.TeamId, membership.TeamName, membership.IsLeader, membership.RegistrationStatus, membership.RejectionReason);
    }
}
