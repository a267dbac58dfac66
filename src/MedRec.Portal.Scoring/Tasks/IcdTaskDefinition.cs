using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Tasks;

/// <summary>
/// CCL 2025 Chinese EMR ICD coding: one primary code out of <see cref="IcdCodeLists.Primary"/> and one or more
/// additional codes out of <see cref="IcdCodeLists.Additional"/> per record. The code lists are built in.
/// </summary>
public sealed class IcdTaskDefinition : TaskDefinition
{
    private static readonly MetricDefinition[] MetricList =
    [
        new(MetricKeys.Acc, "Acc", "Mean over records of 0.5·main_i + 0.5·other_i; ranks the leaderboard."),
        new(MetricKeys.MainAccuracy, "Main accuracy", "Mean of main_i: 1 when the primary code equals the gold primary code."),
        new(MetricKeys.OtherRecall, "Other recall", "Mean of other_i = |G∩P| / |G| over the additional codes (1 if both empty, 0 if only G is empty)."),
        new(MetricKeys.OtherPrecision, "Other precision", "Mean over records of |G∩P| / |P| over the additional codes."),
        new(MetricKeys.OtherF1, "Other F1", "Mean over records of the F1 of the additional codes."),
    ];

    private static readonly string[] Ranking = [MetricKeys.Acc, MetricKeys.MainAccuracy];

    private readonly Fast.Utf8Table _primaryTable;
    private readonly Fast.Utf8Table _additionalTable;

    private IcdTaskDefinition()
    {
        PrimaryCodes = IcdCodeLists.Primary.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        AdditionalCodes = IcdCodeLists.Additional.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        _primaryTable = new Fast.Utf8Table([.. IcdCodeLists.Primary.Select(code => code.Code)]);
        _additionalTable = new Fast.Utf8Table([.. IcdCodeLists.Additional.Select(code => code.Code)]);
    }

    /// <summary>The task (it has no per-phase settings besides those in <see cref="ScoringOptions"/>).</summary>
    public static IcdTaskDefinition Instance { get; } = new();

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.Icd;

    /// <inheritdoc />
    public override string DisplayName => "ICD coding (CCL 2025)";

    /// <inheritdoc />
    public override string DatasetIdKey => IcdFields.RecordId;

    /// <inheritdoc />
    public override IReadOnlyList<MetricDefinition> Metrics => MetricList;

    /// <inheritdoc />
    public override IReadOnlyList<string> RankingKeys => Ranking;

    /// <summary>The 5 codes allowed as primary code.</summary>
    public IReadOnlySet<string> PrimaryCodes { get; }

    /// <summary>The 53 codes allowed as additional codes.</summary>
    public IReadOnlySet<string> AdditionalCodes { get; }

    /// <inheritdoc />
    internal override Fast.Utf8Table LabelTable => _additionalTable;

    /// <inheritdoc />
    internal override Fast.Utf8Table? PrimaryTable => _primaryTable;
}
