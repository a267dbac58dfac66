using MedRec.Portal.Infrastructure.Baseline.Decoding;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>A baseline's submission file (UTF-8 JSON in the task's official format) and the run that produced it.</summary>
public sealed record BaselineSubmission(byte[] Json, BaselineRunResult Run)
{
    /// <summary>CDrugRed predictions, when the task is CDrugRed.</summary>
    public IReadOnlyList<CDrugRedPrediction>? CDrugRedPredictions { get; init; }

    /// <summary>ICD predictions, when the task is ICD coding.</summary>
    public IReadOnlyList<IcdPrediction>? IcdPredictions { get; init; }

    internal static BaselineSubmission ForCDrugRed(BaselineRunResult run, IReadOnlyList<CDrugRedPrediction> predictions) =>
        new(SubmissionWriter.WriteCDrugRed(predictions), run) { CDrugRedPredictions = predictions };

    internal static BaselineSubmission ForIcd(BaselineRunResult run, IReadOnlyList<IcdPrediction> predictions) =>
        new(SubmissionWriter.WriteIcd(predictions), run) { IcdPredictions = predictions };
}
