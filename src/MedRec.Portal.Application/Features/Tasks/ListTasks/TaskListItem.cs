using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Tasks.ListTasks;

/// <summary>
/// A task card: titles, the current phase (open, else next, else last) with its status at the time of the
/// query, and how many teams take part.
/// </summary>
public sealed record TaskListItem(
    Guid Id,
    string Slug,
    TaskKind Kind,
    string TitleZh,
    string TitleEn,
    string DescriptionZh,
    string DescriptionEn,
    bool IsPublished,
    string? CurrentPhaseCode,
    PhaseStatus? CurrentPhaseStatus,
    DateTime? CurrentPhaseOpensAt,
    DateTime? CurrentPhaseClosesAt,
    int PhaseCount,
    int TeamCount);
