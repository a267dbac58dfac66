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

        if (Task.Terms is { } terms)
        {
            if (terms.ZhFile is { } zh)
            {
                yield return ("task.terms.zh", zh);
            }

            if (terms.EnFile is { } en)
            {
                yield return ("task.terms.en", en);
            }
        }

        for (var f = 0; f < Task.Files.Count; f++)
        {
            yield return ($"task.files[{f}].path", Task.Files[f].File);
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

            for (var f = 0; f < Phases[i].Files.Count; f++)
            {
                yield return ($"phases[{i}].files[{f}].path", Phases[i].Files[f].File);
            }
        }
    }
}

/// <summary>
/// The task part. <see cref="RankingKeys"/> is the metric then its tie-breaks; this portal ranks each task kind by a
/// fixed order (docs/scoring-rules.md), so the import checks the bundle states exactly that order rather than ignoring it.
/// <see cref="Terms"/> null means the portal's standard terms (<see cref="MedRec.Portal.Application.Features.Terms.StandardTerms"/>), as for a task
/// created in the console.
/// </summary>
public sealed record BundleTask(
    string Slug,
    TaskKind Kind,
    bool Published,
    TaskTexts Texts,
    BundleTerms? Terms,
    IReadOnlyList<string> RankingKeys,
    string? CandidatesFile,
    IReadOnlyList<BundleExtraFile> Files);

/// <summary>
/// The task's data-use terms: the Markdown files of each language (at least one) and the version number they are
/// published as, so a licence that is at version 3 this year stays version 3 in the copy.
/// </summary>
public sealed record BundleTerms(int Version, string? ZhFile, string? EnFile)
{
    /// <summary>Where an export puts each language's text.</summary>
    public const string ZhPath = "terms/terms.zh.md";

    /// <inheritdoc cref="ZhPath"/>
    public const string EnPath = "terms/terms.en.md";
}

/// <summary>An extra file on the Data tab (training data, sample submission, README) with its description.</summary>
public sealed record BundleExtraFile(string File, string Description);

/// <summary>A phase: its settings as the domain takes them, its board options and freeze schedule, and its files.</summary>
public sealed record BundlePhase(PhaseSettings Settings, BundleBoard Board, string? InputsFile, string? GoldFile, IReadOnlyList<BundleExtraFile> Files);

/// <summary>The board options of a phase (visibility itself is a phase setting).</summary>
public sealed record BundleBoard(DateTime? FreezeAtUtc, bool HideOwnScoresWhileFrozen, bool PublishHourly)
{
    public static BundleBoard Default { get; } = new(null, false, false);
}
