using MedRec.Portal.Domain.Submissions;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// In-process notifications of submission state changes (queued, rejected, scoring, scored, failed, re-score
/// published), so open pages can refresh live. Handlers run on the publisher's thread: keep them short (a Blazor
/// component calls <c>InvokeAsync(StateHasChanged)</c>) and never throw.
/// </summary>
public interface ISubmissionEvents : IChangeEvents<SubmissionChanged>;

/// <summary>One transition of one submission.</summary>
public sealed record SubmissionChanged(Guid SubmissionId, Guid PhaseId, Guid TeamId, SubmissionStatus Status, DateTime OccurredAtUtc);
