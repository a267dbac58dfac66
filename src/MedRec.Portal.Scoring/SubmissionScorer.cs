using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring;

/// <summary>
/// Validates a submission file against a phase's gold and, when it is valid, scores it: the one entry point the
/// portal and the CLI use. Metrics are never computed anywhere else.
/// </summary>
public static class SubmissionScorer
{
    /// <summary>Validates and scores a submission file (synchronous).</summary>
    /// <param name="task">The task whose rules and metrics apply.</param>
    /// <param name="gold">The phase's gold; its identifiers are the phase's identifier set.</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <returns><see cref="RejectedSubmission"/> when the file has any error, else <see cref="ScoredSubmission"/>.</returns>
    public static ScoringOutcome Score(TaskDefinition task, GoldSet gold, Stream submission, ScoringOptions? options = null)
    {
        CheckKinds(task, gold);
        return ToOutcome(gold, Fast.SubmissionPipeline.Read(task, submission, gold.Data.Ids, () => gold.IdSet, options ?? ScoringOptions.Default));
    }

    /// <summary>Validates and scores a submission file (asynchronous).</summary>
    /// <param name="task">The task whose rules and metrics apply.</param>
    /// <param name="gold">The phase's gold; its identifiers are the phase's identifier set.</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns><see cref="RejectedSubmission"/> when the file has any error, else <see cref="ScoredSubmission"/>.</returns>
    public static async ValueTask<ScoringOutcome> ScoreAsync(
        TaskDefinition task,
        GoldSet gold,
        Stream submission,
        ScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        CheckKinds(task, gold);
        var read = await Fast.SubmissionPipeline.ReadAsync(task, submission, gold.Data.Ids, () => gold.IdSet, options ?? ScoringOptions.Default, cancellationToken).ConfigureAwait(false);
        return ToOutcome(gold, read);
    }

    /// <summary>
    /// Validates and scores a submission file while the gold is still being read: the submission's bytes are read and
    /// checked on this thread as far as they can be without the gold, so reading both files uses two cores (the CLI
    /// reads a phase's gold for every run; the portal keeps it). The outcome is the one
    /// <see cref="ScoreAsync(TaskDefinition, GoldSet, Stream, ScoringOptions?, CancellationToken)"/> gives.
    /// </summary>
    /// <param name="task">The task whose rules and metrics apply.</param>
    /// <param name="gold">The phase's gold being read (its errors come out of this call).</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<ScoringOutcome> ScoreAsync(
        TaskDefinition task,
        Task<GoldSet> gold,
        Stream submission,
        ScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var (goldSet, read, recordOf) = await Fast.SubmissionPipeline.ReadWithGoldAsync(task, submission, gold, options ?? ScoringOptions.Default, cancellationToken).ConfigureAwait(false);
        CheckKinds(task, goldSet);
        return recordOf is null || goldSet.Count == 0 ? ToOutcome(goldSet, read) : new ScoredSubmission(read.Report, Fast.CompactScorer.Score(goldSet, read.Parsed!, recordOf));
    }

    /// <summary>
    /// Scores validated predictions against gold. CDrugRed: per visit Jaccard, precision, recall and F1 (see
    /// <see cref="SetMetrics"/>), each averaged over visits, and Score = (Jaccard + F1) / 2. ICD: per record main_i,
    /// other_i, other precision and other F1, averaged over records, and Acc = mean of 0.5·main_i + 0.5·other_i.
    /// </summary>
    /// <exception cref="ArgumentException">The gold is empty, of another task, or has a record the submission lacks.</exception>
    public static ScoreResult Score(TaskDefinition task, GoldSet gold, Submission submission)
    {
        CheckKinds(task, gold);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Kind != task.Kind)
        {
            throw new ArgumentException($"The submission is for {submission.Kind}, the task is {task.Kind}.", nameof(submission));
        }

        if (gold.Count == 0)
        {
            throw new ArgumentException("The gold set is empty: there is nothing to score against.", nameof(gold));
        }

        return gold switch
        {
            CDrugRedGold cdrugred => ScoreCDrugRed(cdrugred, submission),
            IcdGold icd => ScoreIcd(icd, submission),
            _ => throw new ArgumentException($"No metrics for gold of type {gold.GetType().Name}.", nameof(gold)),
        };
    }

    private static void CheckKinds(TaskDefinition task, GoldSet gold)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.Kind != task.Kind)
        {
            throw new ArgumentException($"The gold is for {gold.Kind}, the task is {task.Kind}.", nameof(gold));
        }
    }

    // The parse was made against the gold's own identifiers, so every gold record has exactly one prediction.
    private static ScoringOutcome ToOutcome(GoldSet gold, Fast.PipelineResult read)
    {
        if (read.Parsed is not { } parsed)
        {
            return new RejectedSubmission(read.Report);
        }

        if (gold.Count == 0)
        {
            throw new ArgumentException("The gold set is empty: there is nothing to score against.", nameof(gold));
        }

        var recordOf = Fast.CompactScorer.MatchToGold(gold, parsed)
            ?? throw new InvalidOperationException("A submission validated against the gold does not match its identifiers.");
        return new ScoredSubmission(read.Report, Fast.CompactScorer.Score(gold, parsed, recordOf));
    }

    private static T Find<T>(Submission submission, string id)
        where T : Prediction =>
        submission.TryGet(id, out var prediction)
            ? (T)prediction
            : throw new ArgumentException($"The submission has no record for gold identifier \"{id}\"; validate it against the gold first.", nameof(submission));

    private static ScoreResult ScoreCDrugRed(CDrugRedGold gold, Submission submission)
    {
        var records = new RecordResult[gold.Count];
        double jaccardSum = 0, f1Sum = 0, precisionSum = 0, recallSum = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var visit = gold.Records[i];
            var prediction = Find<CDrugRedPrediction>(submission, visit.Id);
            var overlap = SetMetrics.CountIntersection(visit.Drugs, prediction.Drugs);
            var jaccard = SetMetrics.Jaccard(overlap, visit.Drugs.Count, prediction.Drugs.Count);
            var precision = SetMetrics.Precision(overlap, visit.Drugs.Count, prediction.Drugs.Count);
            var recall = SetMetrics.Recall(overlap, visit.Drugs.Count, prediction.Drugs.Count);
            var f1 = SetMetrics.F1(overlap, visit.Drugs.Count, prediction.Drugs.Count);
            jaccardSum += jaccard;
            f1Sum += f1;
            precisionSum += precision;
            recallSum += recall;
            records[i] = new RecordResult(
                visit.Id,
                prediction.RecordNumber,
                CDrugRedScores(CDrugRedMetrics.Score(jaccard, f1), jaccard, f1, precision, recall),
                visit.Drugs,
                prediction.Drugs);
        }

        double n = records.Length;
        var meanJaccard = jaccardSum / n;
        var meanF1 = f1Sum / n;
        var metrics = CDrugRedScores(CDrugRedMetrics.Score(meanJaccard, meanF1), meanJaccard, meanF1, precisionSum / n, recallSum / n);
        return new ScoreResult(TaskKind.CDrugRed, metrics, records, ScorerVersion.Current);
    }

    private static ScoreResult ScoreIcd(IcdGold gold, Submission submission)
    {
        var records = new RecordResult[gold.Count];
        double accSum = 0, mainSum = 0, otherSum = 0, precisionSum = 0, f1Sum = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var record = gold.Records[i];
            var prediction = Find<IcdPrediction>(submission, record.Id);
            var overlap = SetMetrics.CountIntersection(record.OtherCodes, prediction.AdditionalCodes);
            var goldCount = record.OtherCodes.Count;
            var predictedCount = prediction.AdditionalCodes.Count;
            var main = IcdMetrics.Main(record.PrimaryCode, prediction.PrimaryCode);
            var other = IcdMetrics.Other(overlap, goldCount, predictedCount);
            var precision = SetMetrics.Precision(overlap, goldCount, predictedCount);
            var f1 = SetMetrics.F1(overlap, goldCount, predictedCount);
            var acc = IcdMetrics.Acc(main, other);
            accSum += acc;
            mainSum += main;
            otherSum += other;
            precisionSum += precision;
            f1Sum += f1;
            records[i] = new RecordResult(
                record.Id,
                prediction.RecordNumber,
                IcdScores(acc, main, other, precision, f1),
                record.OtherCodes,
                prediction.AdditionalCodes,
                record.PrimaryCode,
                prediction.PrimaryCode);
        }

        double n = records.Length;
        var metrics = IcdScores(accSum / n, mainSum / n, otherSum / n, precisionSum / n, f1Sum / n);
        return new ScoreResult(TaskKind.Icd, metrics, records, ScorerVersion.Current);
    }

    internal static MetricScores CDrugRedScores(double score, double jaccard, double f1, double precision, double recall) =>
        new(new MetricScore[]
        {
            new(MetricKeys.Score, score),
            new(MetricKeys.Jaccard, jaccard),
            new(MetricKeys.F1, f1),
            new(MetricKeys.Precision, precision),
            new(MetricKeys.Recall, recall),
        });

    internal static MetricScores IcdScores(double acc, double main, double other, double precision, double f1) =>
        new(new MetricScore[]
        {
            new(MetricKeys.Acc, acc),
            new(MetricKeys.MainAccuracy, main),
            new(MetricKeys.OtherRecall, other),
            new(MetricKeys.OtherPrecision, precision),
            new(MetricKeys.OtherF1, f1),
        });
}
