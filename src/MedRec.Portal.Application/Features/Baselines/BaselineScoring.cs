using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>
/// A baseline's predictions go through exactly what a team's file goes through: the phase's validator against its
/// inputs (same rules, same report), then the scorer against the phase's gold. Only organiser paths call this.
/// </summary>
internal static class BaselineScoring
{
    /// <summary>
    /// The report, and the score when the file is valid. Failures are the phase's state (no inputs, no gold, gold
    /// that does not fit), not the file's.
    /// </summary>
    public static async Task<Result<ScoredBaselineFile>> ScoreAsync(IPortalDbContext db, IGoldDatasetStore gold, CompetitionTask task, Phase phase, byte[] content, long maxBytes, CancellationToken cancellationToken)
    {
        var loaded = await PhaseScoringSetup.LoadAsync(db, task, phase, maxBytes, cancellationToken).ConfigureAwait(false);
        if (loaded.IsFailure)
        {
            return Result<ScoredBaselineFile>.Failure(loaded.Errors);
        }

        var setup = loaded.Value;
        ValidationReport validation;
        using (var stream = new MemoryStream(content, writable: false))
        {
            validation = await SubmissionValidator.ValidateAsync(setup.Definition, setup.InputIds, stream, setup.Options, cancellationToken).ConfigureAwait(false);
        }

        var report = StoredReport.From(validation, validation.IsValid ? null : FileSniffer.OtherTaskHint(task.Kind, content, validation));
        if (!validation.IsValid)
        {
            return new ScoredBaselineFile(report, null);
        }

        if (phase.GoldDatasetId is not { } goldId || await gold.ReadContentAsync(goldId, cancellationToken).ConfigureAwait(false) is not { } goldBytes)
        {
            return BaselineErrors.PhaseHasNoGold.ForField("Phase", phase.Code);
        }

        GoldSet goldSet;
        using (var goldStream = new MemoryStream(goldBytes, writable: false))
        {
            goldSet = await GoldSet.ReadAsync(setup.Definition, goldStream, cancellationToken).ConfigureAwait(false);
        }

        using var file = new MemoryStream(content, writable: false);
        var outcome = await SubmissionScorer.ScoreAsync(setup.Definition, goldSet, file, setup.Options, cancellationToken).ConfigureAwait(false);
        if (outcome is not ScoredSubmission scored)
        {
            // Organisers may read this: the gold is theirs. It means the phase's inputs and gold disagree.
            return BaselineErrors.GoldMismatch.ForField("Phase", phase.Code, string.Join("; ", outcome.Report.Errors.Take(3)));
        }

        return new ScoredBaselineFile(report, scored.Result);
    }

    /// <summary>The board row for a scored file (not yet added to the unit of work).</summary>
    public static BaselineEntry NewEntry(Guid id, CompetitionTask task, Phase phase, string label, string fileName, byte[] content, ScoreResult score, Guid uploadedBy, DateTime nowUtc)
    {
        var compressed = DatasetCompression.Compress(content);
        var facts = new StoredFileFacts(fileName, DatasetCompression.Sha256Hex(content), score.Records.Count, content.LongLength, compressed.LongLength);
        return new BaselineEntry(id, task.Id, phase.Id, label, facts, compressed, score.Metrics.Primary, MetricValues.ToJson(score.Metrics), score.ScorerVersion, uploadedBy, nowUtc);
    }
}

/// <summary>A validated (and, when valid, scored) baseline file.</summary>
public sealed record ScoredBaselineFile(StoredReport Report, ScoreResult? Score);
