using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

public sealed class ExportResultsHandler(IPortalDbContextFactory contexts, IResultsExportWriter writer, TimeProvider clock) : ICommandHandler<ExportResultsCommand, Result<ExportFile>>
{
    public async ValueTask<Result<ExportFile>> Handle(ExportResultsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        var texts = ExportTexts.For(command.Language);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return PhaseErrors.TaskNotFound.With();
        }

        var phases = await db.Phases.AsNoTracking().Where(p => p.TaskId == task.Id).OrderBy(p => p.OpensAt).ThenBy(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var metrics = LeaderboardMetrics.For(task.Kind);
        var exportedBy = await db.UserSummaries.Where(u => u.Id == command.Actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? "";

        var boards = new List<ExportTable>();
        var snapshotNotes = new List<(string Phase, string Note)>();
        foreach (var phase in phases)
        {
            var live = await BoardCalculator.ComputeAsync(db, phase, task.Kind, asOfUtc: null, now, cancellationToken).ConfigureAwait(false);
            boards.Add(BoardExportTables.Live(phase, live, metrics, texts));
            var snapshot = await BoardExportTables.LatestSnapshotAsync(db, phase, metrics, texts, cancellationToken).ConfigureAwait(false);
            if (snapshot is not null)
            {
                boards.Add(snapshot.Value.Table);
            }

            snapshotNotes.Add((phase.Code, snapshot?.Note ?? texts.NoSnapshot));
        }

        var tables = new List<ExportTable> { About(task, texts, now, exportedBy, snapshotNotes) };
        tables.AddRange(boards);
        tables.AddRange(await FactSheetExportTable.BuildAsync(db, phases, texts, cancellationToken).ConfigureAwait(false));
        tables.Add(await SubmissionLedgerTable.BuildAsync(db, task.Id, phases, metrics, texts, cancellationToken).ConfigureAwait(false));
        tables.Add(await QuotaLedgerTable.BuildAsync(db, phases, texts, cancellationToken).ConfigureAwait(false));
        tables.Add(await TaskAuditTable.BuildAsync(db, task.Id, phases, texts, cancellationToken).ConfigureAwait(false));

        var workbook = new ExportWorkbook($"{task.Slug} results", tables, texts.Yes, texts.No);
        using var buffer = new MemoryStream();
        writer.Write(workbook, command.Format, buffer);
        var file = new ExportFile(FileName(task, command.Format, now), ContentType(command.Format), buffer.ToArray());

        db.Audit(command.Actor, LeaderboardAuditActions.Exported, nameof(CompetitionTask), task.Id, before: null, new
        {
            Format = command.Format.ToString(),
            texts.Language,
            file.FileName,
            Bytes = file.Content.LongLength,
            Tables = tables.Select(t => new { t.Key, Rows = t.Rows.Count }).ToList(),
        }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? file : Result<ExportFile>.Failure(saved.Errors);
    }

    /// <summary>"cdrugred-results-20250610-0400.xlsx": the task and the instant (UTC), so successive exports sort.</summary>
    public static string FileName(CompetitionTask task, ExportFormat format, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(task);
        var stamp = nowUtc.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return $"{task.Slug}-results-{stamp}{(format == ExportFormat.Xlsx ? ".xlsx" : "-csv.zip")}";
    }

    private static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/zip";

    private static ExportTable About(CompetitionTask task, ExportTexts texts, DateTime now, string exportedBy, List<(string Phase, string Note)> snapshots)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { texts.Task, texts.Language == "zh-CN" ? task.TitleZh : task.TitleEn },
            new object?[] { texts.TaskSlug, task.Slug },
            new object?[] { texts.ExportedAt, now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) },
            new object?[] { texts.ExportedBy, exportedBy },
            new object?[] { texts.Contents, texts.ContentsText },
        };
        rows.AddRange(snapshots.Select(s => (IReadOnlyList<object?>)new object?[] { texts.SnapshotOf(s.Phase), s.Note }));
        return new ExportTable("about", texts.AboutSheet, [new(texts.Field), new(texts.Value)], rows);
    }
}
