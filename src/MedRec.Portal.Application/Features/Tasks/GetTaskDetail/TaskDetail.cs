using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Tasks.GetTaskDetail;

/// <summary>Everything a task's pages show, plus the viewer's team and rights.</summary>
public sealed record TaskDetail(
    Guid Id,
    string Slug,
    TaskKind Kind,
    TaskTexts Texts,
    bool IsPublished,
    Guid Version,
    DatasetInfo? CandidateList,
    IReadOnlyList<PhaseSummary> Phases,
    Guid? CurrentPhaseId,
    ViewerTeam? MyTeam,
    bool CanDownloadData,
    TaskTerms? Terms = null,
    IReadOnlyList<ExtraFileInfo>? ExtraFiles = null)
{
    /// <summary>The viewer's team is approved but the viewer has not accepted the terms in force (shown instead of the files).</summary>
    public bool MustAcceptTerms => MyTeam?.RegistrationStatus == RegistrationStatus.Approved && Terms is not { AcceptedCurrent: true };
}

/// <summary>The viewer's team for this task, if they have one, and its registration state.</summary>
public sealed record ViewerTeam(Guid TeamId, string Name, bool IsLeader, RegistrationStatus? RegistrationStatus, string? RejectionReason);
