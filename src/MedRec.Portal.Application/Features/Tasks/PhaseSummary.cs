using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Tasks;

/// <summary>
/// A phase as pages show it. <see cref="Gold"/> is filled for organisers only; participants see just
/// <see cref="HasGold"/>.
/// </summary>
public sealed record PhaseSummary(
    Guid Id,
    string Code,
    string NameZh,
    string NameEn,
    DateTime OpensAt,
    DateTime ClosesAt,
    PhaseStatus Status,
    PhaseSettings Settings,
    Guid Version,
    DatasetInfo? Inputs,
    bool HasGold,
    DatasetInfo? Gold);
