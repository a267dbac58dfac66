using System.Diagnostics;
using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Decoding;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>
/// Runs a validated baseline package over a phase's input records and writes the official submission file,
/// which the portal then validates and scores like any team's.
/// </summary>
public sealed class BaselineRunner
{
    private readonly BaselineSessionCache _sessions;

    /// <summary>Creates the runner over the shared session cache.</summary>
    public BaselineRunner(BaselineSessionCache sessions) => _sessions = sessions ?? throw new ArgumentNullException(nameof(sessions));

    /// <summary>Probabilities for every record, in input order, batch by batch on a worker thread.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (also stops a graph call in progress).</exception>
    public Task<BaselineRunResult> RunAsync(
        BaselinePackage package,
        IReadOnlyList<BaselineInputRecord> records,
        IProgress<BaselineRunProgress>? progress = null,
        BaselineRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(records);
        var batchSize = (options ?? new BaselineRunOptions()).BatchSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1, nameof(options));
        return Task.Run(() => Run(package, records, progress, batchSize, cancellationToken), cancellationToken);
    }

    /// <summary>Runs the package and decodes by its rule into the task's submission format.</summary>
    public async Task<BaselineSubmission> PredictAsync(
        BaselinePackage package,
        IReadOnlyList<BaselineInputRecord> records,
        IProgress<BaselineRunProgress>? progress = null,
        BaselineRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        var run = await RunAsync(package, records, progress, options, cancellationToken).ConfigureAwait(false);
        var manifest = package.Manifest;
        return package.Task == TaskKind.CDrugRed
            ? BaselineSubmission.ForCDrugRed(run, BaselineDecoder.DecodeCDrugRed(run.Scores, manifest.Labels, manifest.Decoding))
            : BaselineSubmission.ForIcd(run, BaselineDecoder.DecodeIcd(run.Scores, manifest.Labels, manifest.Decoding));
    }

    private BaselineRunResult Run(BaselinePackage package, IReadOnlyList<BaselineInputRecord> records, IProgress<BaselineRunProgress>? progress, int batchSize, CancellationToken cancellationToken)
    {
        var session = _sessions.GetOrCreate(package.Hash, package.ModelBytes);
        var clock = Stopwatch.StartNew();
        var scores = new List<BaselineRecordScores>(records.Count);
        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        for (var start = 0; start < records.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = records.Skip(start).Take(batchSize).ToArray();
            float[][][] batchScores;
            try
            {
                batchScores = BaselineInference.ScoreBatch(session, package, batch.Select(r => (IReadOnlyDictionary<string, JsonElement>)r.Fields).ToArray(), runOptions);
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("the baseline run was cancelled", cancellationToken);
            }

            for (var i = 0; i < batch.Length; i++)
            {
                scores.Add(new BaselineRecordScores(batch[i].Id, batchScores[i]));
            }

            progress?.Report(new BaselineRunProgress(scores.Count, records.Count, scores.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9)));
        }

        return new BaselineRunResult(scores, session.Provider, clock.Elapsed);
    }
}
