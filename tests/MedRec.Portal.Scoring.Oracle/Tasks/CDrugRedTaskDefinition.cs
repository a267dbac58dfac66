using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Tasks;

/// <summary>
/// CHIP 2025 shared task 2, CDrugRed: recommend each visit's discharge medications from the phase's candidate drug
/// list. The list is licensed data, so it is never built in: load it from the organiser's file.
/// </summary>
public sealed class CDrugRedTaskDefinition : TaskDefinition
{
    private static readonly MetricDefinition[] MetricList =
    [
        new(MetricKeys.Score, "Score", "(Jaccard + F1) / 2; ranks the leaderboard."),
        new(MetricKeys.Jaccard, "Jaccard", "Mean over visits of |G∩P| / |G∪P|."),
        new(MetricKeys.F1, "F1", "Mean over visits of 2·Precision·Recall / (Precision + Recall)."),
        new(MetricKeys.Precision, "Precision", "Mean over visits of |G∩P| / |P|."),
        new(MetricKeys.Recall, "Recall", "Mean over visits of |G∩P| / |G|."),
    ];

    private static readonly string[] Ranking = [MetricKeys.Score, MetricKeys.F1, MetricKeys.Jaccard];

    /// <summary>Creates the task with the phase's candidate drugs (NFKC-normalised and trimmed here).</summary>
    /// <exception cref="ArgumentException">The list is empty, or has an empty or repeated name.</exception>
    public CDrugRedTaskDefinition(IEnumerable<string> candidateDrugs)
    {
        ArgumentNullException.ThrowIfNull(candidateDrugs);
        if (!TryBuild(candidateDrugs, out var list, out var set, out var problem))
        {
            throw new ArgumentException(problem, nameof(candidateDrugs));
        }

        CandidateDrugs = list;
        CandidateSet = set;
    }

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.CDrugRed;

    /// <inheritdoc />
    public override string DisplayName => "CDrugRed (CHIP 2025 shared task 2)";

    /// <inheritdoc />
    public override string DatasetIdKey => CDrugRedFields.VisitId;

    /// <inheritdoc />
    public override IReadOnlyList<MetricDefinition> Metrics => MetricList;

    /// <inheritdoc />
    public override IReadOnlyList<string> RankingKeys => Ranking;

    /// <summary>The candidate drugs in file order, normalised.</summary>
    public IReadOnlyList<string> CandidateDrugs { get; }

    /// <summary>The candidate drugs as a set, for membership tests.</summary>
    public IReadOnlySet<string> CandidateSet { get; }

    /// <summary>
    /// Loads the candidate list from the organiser's file: a JSON array of strings (UTF-8, with or without BOM).
    /// </summary>
    /// <exception cref="DatasetFormatException">The file is not a JSON array of non-empty, distinct strings.</exception>
    public static CDrugRedTaskDefinition Load(Stream candidateListJson)
    {
        ArgumentNullException.ThrowIfNull(candidateListJson);
        var drugs = StringListReader.Read(candidateListJson, "candidate drug list");
        if (!TryBuild(drugs, out _, out _, out var problem))
        {
            throw new DatasetFormatException($"The candidate drug list cannot be used: {problem}");
        }

        return new CDrugRedTaskDefinition(drugs);
    }

    private static bool TryBuild(IEnumerable<string> candidateDrugs, out List<string> list, out HashSet<string> set, out string? problem)
    {
        list = [];
        set = new HashSet<string>(StringComparer.Ordinal);
        problem = null;
        foreach (var raw in candidateDrugs)
        {
            var drug = TextNormalizer.Normalize(raw ?? string.Empty);
            if (drug.Length == 0)
            {
                problem = $"candidate drug number {list.Count + 1} is empty.";
                return false;
            }

            if (!set.Add(drug))
            {
                problem = $"the candidate drug \"{drug}\" is listed twice (after NFKC normalisation and trimming).";
                return false;
            }

            list.Add(drug);
        }

        if (list.Count == 0)
        {
            problem = "the list is empty.";
            return false;
        }

        return true;
    }
}
