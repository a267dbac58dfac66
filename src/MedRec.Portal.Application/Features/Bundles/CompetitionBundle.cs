using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Bundles;

/// <summary>
/// A whole competition as configuration (docs/bundles.md): the task and its phases as <c>competition.yaml</c> states
/// them, with the bundle-relative paths of the files it names. Parsed by <see cref="Yaml.BundleYamlReader"/>,
/// written by <see cref="Yaml.BundleYamlWriter"/>.
/// </summary>
public sealed record CompetitionBundle(BundleTask Task, IReadOnlyList<BundlePhase> Phases)
{
    /// <summary>The bundle format version this portal reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The configuration file at the bundle's root.</summary>
    public const string ConfigFileName = "competition.yaml";

    /// <summary>Every file the configuration names, with the YAML path that names it.</summary>
    public IEnumerable<(string YamlPath, string File)> NamedFiles()
    {
        if (Task.CandidatesFile is { } candidates)
        {
            yield return ("task.candidates", candidates);
        }

        for (var i = 0; i < Phases.Count; i++)
        {
            if (Phases[i].InputsFile is { } inputs)
            {
                yield return ($"phases[{i}].inputs", inputs);
            }

            if (Phases[i].GoldFile is { } gold)
            {
                yield return ($"phases[{i}].gold", gold);
            }
        }
    }
}

/// <summary>
/// The task part. <see cref="RankingKeys"/> is the metric then its tie-breaks; this portal ranks each task kind by a
/// fixed order (docs/scoring-rules.md), so the import checks the bundle states exactly that order rather than ignoring it.
/// </summary>
public sealed record BundleTask(
    string Slug,
    TaskKind Kind,
    bool Published,
    TaskTexts Texts,
    string TermsVersion,
    IReadOnlyList<string> RankingKeys,
    string? CandidatesFile);

/// <summary>A phase: its settings as the domain takes them, its board options and freeze schedule, and its files.</summary>
public sealed record BundlePhase(PhaseSettings Settings, BundleBoard Board, string? InputsFile, string? GoldFile);

/// <summary>The board options of a phase (visibility itself is a phase setting).</summary>
public sealed record BundleBoard(DateTime? FreezeAtUtc, bool HideOwnScoresWhileFrozen, bool PublishHourly)
{
    public static BundleBoard Default { get; } = new(null, false, false);
}
