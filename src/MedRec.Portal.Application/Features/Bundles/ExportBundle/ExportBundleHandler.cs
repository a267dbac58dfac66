using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Bundles.ExportBundle;

public sealed class ExportBundleHandler(IPortalDbContextFactory contexts, IGoldDatasetStore goldStore, TimeProvider clock)
    : ICommandHandler<ExportBundleCommand, Result<ExportedBundle>>
{
    public async ValueTask<Result<ExportedBundle>> Handle(ExportBundleCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Actor.IsOrganizer)
        {
            return CommonErrors.OrganizersOnly;
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.Include(t => t.Phases).AsNoTracking().FirstOrDefaultAsync(t => t.Slug == command.Slug, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return BundleErrors.TaskNotFound.With(command.Slug);
        }

        var files = new List<ExportedBundleFile>();
        string? candidates = null;
        if (task.CandidateListDatasetId is { } listId)
        {
            candidates = await AddDatasetAsync(db, listId, "candidates", files, cancellationToken).ConfigureAwait(false);
        }

        var phaseIds = task.Phases.Select(p => p.Id).ToList();
        var boards = await db.PhaseBoards.AsNoTracking().Where(b => phaseIds.Contains(b.PhaseId)).ToDictionaryAsync(b => b.PhaseId, cancellationToken).ConfigureAwait(false);
        var phases = new List<BundlePhase>();
        var ordered = task.Phases.OrderBy(p => p.OpensAt).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var phase = ordered[i];
            var folder = $"phases/{FolderOf(phase.Code, i)}";
            var inputs = phase.InputsDatasetId is { } inputsId ? await AddDatasetAsync(db, inputsId, $"{folder}/inputs", files, cancellationToken).ConfigureAwait(false) : null;
            string? gold = null;
            if (command.IncludeGold && phase.GoldDatasetId is { } goldId && await goldStore.FindAsync(goldId, cancellationToken).ConfigureAwait(false) is { } stored
                && await goldStore.ReadContentAsync(goldId, cancellationToken).ConfigureAwait(false) is { } goldBytes)
            {
                gold = $"{folder}/gold/{stored.OriginalFileName}";
                files.Add(new ExportedBundleFile(gold, goldBytes));
            }

            var board = boards.GetValueOrDefault(phase.Id) is { } b
                ? new BundleBoard(b.FrozenAt is null ? b.FreezeScheduledAt : null, b.HideOwnScoresWhileFrozen, b.PublishHourly)
                : BundleBoard.Default;
            phases.Add(new BundlePhase(phase.Settings, board, inputs, gold));
        }

        var texts = new TaskTexts(task.TitleZh, task.TitleEn, task.DescriptionZh, task.DescriptionEn, task.RulesZh, task.RulesEn, task.EvaluationZh, task.EvaluationEn);
        var bundle = new CompetitionBundle(
            new BundleTask(task.Slug, task.Kind, task.IsPublished, texts, DataUseTerms.CurrentVersion, LeaderboardMetrics.For(task.Kind).RankingKeys, candidates),
            phases);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Audit(command.Actor, BundleAuditActions.Exported, nameof(CompetitionTask), task.Id, before: null, new { task.Slug, command.IncludeGold, Files = files.Count }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? new ExportedBundle(bundle, BundleYamlWriter.Write(bundle), files) : Result<ExportedBundle>.Failure(saved.Errors);
    }

    // A phase code is free text; a folder name must be safe on every file system.
    private static string FolderOf(string code, int index) =>
        code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? code : $"phase-{index + 1}";

    private static async Task<string?> AddDatasetAsync(IPortalDbContext db, Guid datasetId, string folder, List<ExportedBundleFile> files, CancellationToken cancellationToken)
    {
        var name = await db.Datasets.Where(d => d.Id == datasetId).Select(d => d.OriginalFileName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var content = await DatasetContentReader.ReadAsync(db, datasetId, cancellationToken).ConfigureAwait(false);
        if (name is null || content is null)
        {
            return null;
        }

        var path = $"{folder}/{name}";
        files.Add(new ExportedBundleFile(path, content));
        return path;
    }
}
