using System.Globalization;
using System.Text;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Terms;
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

        var terms = await TermsGate.CurrentAsync(db, task.Id, cancellationToken).ConfigureAwait(false) is { } current ? AddTerms(current, files) : null;
        var extras = await db.Datasets.AsNoTracking().Where(d => d.TaskId == task.Id && d.Kind == DatasetKind.Extra)
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var taskFiles = await AddExtraFilesAsync(db, extras.Where(d => d.PhaseId is null), "files", files, cancellationToken).ConfigureAwait(false);
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
            var phaseFiles = await AddExtraFilesAsync(db, extras.Where(d => d.PhaseId == phase.Id), $"{folder}/files", files, cancellationToken).ConfigureAwait(false);
            phases.Add(new BundlePhase(phase.Settings, board, inputs, gold, phaseFiles));
        }

        var texts = new TaskTexts(task.TitleZh, task.TitleEn, task.DescriptionZh, task.DescriptionEn, task.RulesZh, task.RulesEn, task.EvaluationZh, task.EvaluationEn);
        var bundle = new CompetitionBundle(
            new BundleTask(task.Slug, task.Kind, task.IsPublished, texts, terms, LeaderboardMetrics.For(task.Kind).RankingKeys, candidates, taskFiles),
            phases);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Audit(command.Actor, BundleAuditActions.Exported, nameof(CompetitionTask), task.Id, before: null, new { task.Slug, command.IncludeGold, Files = files.Count }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? new ExportedBundle(bundle, BundleYamlWriter.Write(bundle), files) : Result<ExportedBundle>.Failure(saved.Errors);
    }

    // A phase code is free text; a folder name must be safe on every file system.
    private static string FolderOf(string code, int index) =>
        code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? code : $"phase-{index + 1}";

    // The version in force, one Markdown file per language that has text (a final newline, as editors write files).
    private static BundleTerms AddTerms(TermsVersion terms, List<ExportedBundleFile> files)
    {
        string? Add(string path, string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            files.Add(new ExportedBundleFile(path, Encoding.UTF8.GetBytes(text + "\n")));
            return path;
        }

        return new BundleTerms(terms.Number, Add(BundleTerms.ZhPath, terms.TextZh), Add(BundleTerms.EnPath, terms.TextEn));
    }

    // Two files may share a name (the console allows it); the later ones get "2-", "3-" … in front so none is lost.
    private static async Task<List<BundleExtraFile>> AddExtraFilesAsync(IPortalDbContext db, IEnumerable<Dataset> extras, string folder, List<ExportedBundleFile> files, CancellationToken cancellationToken)
    {
        var added = new List<BundleExtraFile>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var extra in extras)
        {
            var content = await DatasetContentReader.ReadAsync(db, extra.Id, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                continue;
            }

            var name = extra.OriginalFileName;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{n}-{extra.OriginalFileName}");
            }

            var path = $"{folder}/{name}";
            files.Add(new ExportedBundleFile(path, content));
            added.Add(new BundleExtraFile(path, extra.Description ?? ""));
        }

        return added;
    }

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
