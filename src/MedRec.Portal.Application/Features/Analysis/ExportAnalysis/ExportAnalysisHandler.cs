using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Analysis.ExportAnalysis;

public sealed class ExportAnalysisHandler(IPortalDbContextFactory contexts, IResultsExportWriter writer, TimeProvider clock) : ICommandHandler<ExportAnalysisCommand, Result<ExportFile>>
{
    public async ValueTask<Result<ExportFile>> Handle(ExportAnalysisCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        var texts = AnalysisExportTexts.For(command.Language);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var stored = await (
                from a in db.BoardAnalyses.AsNoTracking()
                where a.Id == command.AnalysisId && a.PhaseId == command.PhaseId
                join s in db.BoardSnapshots on a.SnapshotId equals s.Id
                join p in db.Phases on a.PhaseId equals p.Id
                join t in db.Tasks on p.TaskId equals t.Id
                select new { a.Status, a.ReportJson, s.AsOf, p.Code, t.Slug })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (stored is null)
        {
            return AnalysisErrors.AnalysisNotFound.With();
        }

        if (stored.Status != AnalysisStatus.Succeeded || stored.ReportJson is null)
        {
            return AnalysisErrors.NotReady.With(stored.Status);
        }

        var report = AnalysisReportData.FromJson(stored.ReportJson);
        var tables = new List<ExportTable>
        {
            About(texts, stored.Code, stored.AsOf, report),
            Entries(texts, report),
            Pairs(texts, report),
            Labels("labels-pooled", texts.PooledSheet, texts, report.PooledLabels),
        };
        tables.AddRange(report.Entries.Select((e, i) => Labels($"labels-{i + 1:D3}", texts.EntryLabelsSheet(e.Name), texts, e.Labels)));

        var workbook = new ExportWorkbook($"{stored.Slug} {stored.Code} analysis", tables, texts.Yes, texts.No);
        using var buffer = new MemoryStream();
        writer.Write(workbook, command.Format, buffer);
        var stamp = now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var name = $"{stored.Slug}-{SafeCode(stored.Code)}-analysis-{stamp}{(command.Format == ExportFormat.Xlsx ? ".xlsx" : "-csv.zip")}";
        var type = command.Format == ExportFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip";
        var file = new ExportFile(name, type, buffer.ToArray());
        db.Audit(command.Actor, AnalysisAuditActions.Exported, nameof(BoardAnalysis), command.AnalysisId, null, new { Format = command.Format.ToString(), texts.Language, file.FileName, Bytes = file.Content.LongLength }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? file : Result<ExportFile>.Failure(saved.Errors);
    }

    private static string SafeCode(string code) => new([.. code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static ExportTable About(AnalysisExportTexts texts, string phase, DateTime asOf, AnalysisReportData report) => new(
        "about",
        texts.AboutSheet,
        [new(texts.Field), new(texts.Value)],
        [
            [texts.Phase, phase],
            [texts.SnapshotAsOf, asOf.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)],
            [texts.Metric, report.Metric],
            [texts.Records, report.Records.ToString(CultureInfo.InvariantCulture)],
            [texts.Resamples, report.Resamples.ToString(CultureInfo.InvariantCulture)],
            [texts.Seed, report.Seed.ToString(CultureInfo.InvariantCulture)],
            [texts.Method, texts.MethodText(report.Alpha)],
        ]);

    private static ExportTable Entries(AnalysisExportTexts texts, AnalysisReportData report) => new(
        "entries",
        texts.EntriesSheet,
        [new(texts.Rank, ExportColumnKind.Integer), new(texts.Team), new(texts.Score, ExportColumnKind.Metric), new(texts.CiLow, ExportColumnKind.Metric), new(texts.CiHigh, ExportColumnKind.Metric), new(texts.Band, ExportColumnKind.Integer)],
        [.. report.Entries.Select(e => (IReadOnlyList<object?>)[e.Rank, e.Name, e.Score, e.CiLow, e.CiHigh, e.Band])]);

    private static ExportTable Pairs(AnalysisExportTexts texts, AnalysisReportData report) => new(
        "pairs",
        texts.PairsSheet,
        [new(texts.TeamA), new(texts.TeamB), new(texts.Adjacent, ExportColumnKind.Flag), new(texts.Difference, ExportColumnKind.Metric), new(texts.PValue, ExportColumnKind.Metric), new(texts.Significant, ExportColumnKind.Flag)],
        [.. report.Pairs.Select(p => (IReadOnlyList<object?>)[p.A, p.B, p.PositionB == p.PositionA + 1, p.Difference, p.PValue, p.IsSignificant(report.Alpha)])]);

    private static ExportTable Labels(string key, string title, AnalysisExportTexts texts, IReadOnlyList<LabelData> labels) => new(
        key,
        title,
        [new(texts.Label), new(texts.Kind), new(texts.Support, ExportColumnKind.Integer), new(texts.Predicted, ExportColumnKind.Integer), new(texts.TruePositives, ExportColumnKind.Integer), new(texts.Precision, ExportColumnKind.Metric), new(texts.Recall, ExportColumnKind.Metric), new(texts.F1, ExportColumnKind.Metric)],
        [.. labels.Select(l => (IReadOnlyList<object?>)[l.Label, texts.KindName(l.Kind), l.Support, l.Predicted, l.TruePositives, l.Precision, l.Recall, l.F1])]);
}
