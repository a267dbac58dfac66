using MedRec.Portal.Infrastructure.Baseline.Decoding;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>A baseline's submission file (UTF-8 JSON in the task's official format) and the run that produced it.</summary>
public sealed record BaselineSubmission(byte[] Json, BaselineRunResult Run)
{
    /// <summary>CDrugRed predictions, when the task is CDrugRed.</summary>
    public IReadOnlyList<CDrugRedBaselinePrediction>? CDrugRedPredictions { get; init; }

    /// <summary>ICD predictions, when the task is ICD coding.</summary>
    public IReadOnlyList<IcdBaselinePrediction>? IcdPredictions { get; init; }

    internal static BaselineSubmission ForCDrugRed(BaselineRunResult run, IReadOnlyList<CDrugRedBaselinePrediction> predictions) =>
        new(SubmissionWriter.WriteCDrugRed(predictions), run) { CDrugRedPredictions = predictions };

    internal static BaselineSubmission ForIcd(BaselineRunResult run, IReadOnlyList<IcdBaselinePrediction> predictions) =>
        new(SubmissionWriter.WriteIcd(predictions), run) { IcdPredictions = predictions };
}
