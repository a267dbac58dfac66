using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Manifest;

namespace MedRec.Portal.Infrastructure.Baseline.Decoding;

/// <summary>Turns a run's probabilities into predictions by the package's decoding rule.</summary>
public static class BaselineDecoder
{
    /// <summary>CDrugRed: drugs with p ≥ threshold, at least MinCount, at most MaxCount.</summary>
    public static IReadOnlyList<CDrugRedBaselinePrediction> DecodeCDrugRed(IReadOnlyList<BaselineRecordScores> scores, ManifestLabels labels, ManifestDecoding rule)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rule);
        var drugs = labels.Drugs ?? throw new ArgumentException("the package has no CDrugRed labels", nameof(labels));
        var threshold = rule.Threshold ?? throw new ArgumentException("the CDrugRed decoding rule has no threshold", nameof(rule));
        return scores
            .Select(s => new CDrugRedBaselinePrediction(
                s.Id,
                LabelSelection.Select(s.Outputs[0], threshold, rule.MinCount ?? 0, rule.MaxCount).Select(i => drugs[i]).ToArray()))
            .ToArray();
    }

    /// <summary>ICD: the arg-max primary code; additional codes with p ≥ threshold, at least MinAdditional (≥ 1), at most MaxAdditional.</summary>
    public static IReadOnlyList<IcdBaselinePrediction> DecodeIcd(IReadOnlyList<BaselineRecordScores> scores, ManifestLabels labels, ManifestDecoding rule)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rule);
        var primary = labels.Primary ?? throw new ArgumentException("the package has no primary labels", nameof(labels));
        var additional = labels.Additional ?? throw new ArgumentException("the package has no additional labels", nameof(labels));
        var threshold = rule.AdditionalThreshold ?? throw new ArgumentException("the ICD decoding rule has no additionalThreshold", nameof(rule));

        // The task requires one or more additional codes, whatever the manifest says.
        var minAdditional = Math.Max(1, rule.MinAdditional ?? 1);
        return scores
            .Select(s => new IcdBaselinePrediction(
                s.Id,
                primary[LabelSelection.ArgMax(s.Outputs[0])],
                LabelSelection.Select(s.Outputs[1], threshold, minAdditional, rule.MaxAdditional).Select(i => additional[i]).ToArray()))
            .ToArray();
    }
}
