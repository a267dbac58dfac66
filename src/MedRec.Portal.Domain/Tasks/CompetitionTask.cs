using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Tasks;

/// <summary>
/// A shared task on the portal (CDrugRed, ICD coding): its texts in both UI languages, its scoring kind, its
/// label list and its phases. Named CompetitionTask so it never collides with System.Threading.Tasks.Task.
/// </summary>
public sealed class CompetitionTask : IVersioned
{
    private readonly List<Phase> _phases = [];

    private CompetitionTask()
    {
    }

    public CompetitionTask(Guid id, TaskKind kind, string slug, TaskTexts texts, DateTime createdAtUtc)
    {
        Id = id;
        Kind = kind;
        Slug = slug;
        CreatedAt = Instants.RequireUtc(createdAtUtc, nameof(createdAtUtc));
        UpdatedAt = CreatedAt;
        ApplyTexts(texts);
    }

    public Guid Id { get; private set; }

    /// <summary>Which scorer and submission format apply.</summary>
    public TaskKind Kind { get; private set; }

    /// <summary>The address key, e.g. <c>cdrugred</c> (lower-case letters, digits and dashes; unique).</summary>
    public string Slug { get; private set; } = "";

    public string TitleZh { get; private set; } = "";

    public string TitleEn { get; private set; } = "";

    public string DescriptionZh { get; private set; } = "";

    public string DescriptionEn { get; private set; } = "";

    public string RulesZh { get; private set; } = "";

    public string RulesEn { get; private set; } = "";

    /// <summary>How submissions are scored (from docs/scoring-rules.md, formulas included), shown on the Evaluation page.</summary>
    public string EvaluationZh { get; private set; } = "";

    public string EvaluationEn { get; private set; } = "";

    /// <summary>
    /// The candidate label list file (CDrugRed: the organisers' drug list). Null for ICD, whose code lists are
    /// part of the public task definition (<see cref="IcdCodeLists"/>), and for CDrugRed until it is uploaded.
    /// </summary>
    public Guid? CandidateListDatasetId { get; private set; }

    /// <summary>Hidden tasks are visible to organisers only (while being set up).</summary>
    public bool IsPublished { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<Phase> Phases => _phases;

    /// <summary>Checks the texts a task needs; returns every problem found.</summary>
    public static IReadOnlyList<Error> Validate(string slug, TaskTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 40 || !slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            errors.Add(PhaseErrors.SlugFormat.ForField(nameof(Slug)));
        }

        if (string.IsNullOrWhiteSpace(texts.TitleZh) && string.IsNullOrWhiteSpace(texts.TitleEn))
        {
            errors.Add(PhaseErrors.TitleRequired.ForField(nameof(TitleEn)));
        }

        if ((texts.TitleZh?.Length ?? 0) > 200 || (texts.TitleEn?.Length ?? 0) > 200)
        {
            errors.Add(PhaseErrors.TitleTooLong.ForField(nameof(TitleEn)));
        }

        return errors;
    }

    public void Edit(TaskTexts texts, DateTime nowUtc)
    {
        ApplyTexts(texts);
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public void Publish(bool published, DateTime nowUtc)
    {
        IsPublished = published;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public void UseCandidateList(Guid datasetId, DateTime nowUtc)
    {
        CandidateListDatasetId = datasetId;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    /// <summary>
    /// Adds a phase after checking its settings and that its window overlaps no other phase of the task (so
    /// "the current phase" is always one phase).
    /// </summary>
    public Result<Phase> AddPhase(Guid phaseId, PhaseSettings settings, DateTime nowUtc)
    {
        var errors = CheckPhase(settings, exceptPhaseId: null);
        if (errors.Count > 0)
        {
            return Result<Phase>.Failure(errors);
        }

        var phase = new Phase(phaseId, Id, settings);
        _phases.Add(phase);
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        return phase;
    }

    /// <summary>Changes a phase's settings under the same checks as <see cref="AddPhase"/>.</summary>
    public Result EditPhase(Guid phaseId, PhaseSettings settings, DateTime nowUtc)
    {
        var phase = _phases.Find(p => p.Id == phaseId);
        if (phase is null)
        {
            return Result.Failure(PhaseErrors.PhaseNotFound.With());
        }

        var errors = CheckPhase(settings, exceptPhaseId: phaseId);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        phase.Apply(settings);
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        return Result.Success();
    }

    /// <summary>The phase open at <paramref name="instantUtc"/>, if any.</summary>
    public Phase? PhaseOpenAt(DateTime instantUtc) => _phases.FirstOrDefault(p => p.IsOpenAt(instantUtc));

    /// <summary>
    /// The phase to show as "current": the open one; else the next to open; else the last to have closed.
    /// </summary>
    public Phase? CurrentPhase(DateTime instantUtc) =>
        PhaseOpenAt(instantUtc)
        ?? _phases.Where(p => p.OpensAt > instantUtc).OrderBy(p => p.OpensAt).FirstOrDefault()
        ?? _phases.OrderByDescending(p => p.ClosesAt).FirstOrDefault();

    private List<Error> CheckPhase(PhaseSettings settings, Guid? exceptPhaseId)
    {
        var errors = settings.Validate(Kind).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var other in _phases.Where(p => p.Id != exceptPhaseId))
        {
            if (string.Equals(other.Code, settings.Code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(PhaseErrors.DuplicateCode.ForField(nameof(PhaseSettings.Code), other.Code));
            }

            if (settings.OpensAt < other.ClosesAt && other.OpensAt < settings.ClosesAt)
            {
                errors.Add(PhaseErrors.Overlaps.ForField(
                    nameof(PhaseSettings.OpensAt),
                    other.Code,
                    other.OpensAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                    other.ClosesAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return errors;
    }

    private void ApplyTexts(TaskTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        TitleZh = texts.TitleZh?.Trim() ?? "";
        TitleEn = texts.TitleEn?.Trim() ?? "";
        DescriptionZh = texts.DescriptionZh ?? "";
        DescriptionEn = texts.DescriptionEn ?? "";
        RulesZh = texts.RulesZh ?? "";
        RulesEn = texts.RulesEn ?? "";
        EvaluationZh = texts.EvaluationZh ?? "";
        EvaluationEn = texts.EvaluationEn ?? "";
    }
}
