using MedRec.Portal.Domain.Baselines;

namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// In-process notifications of baseline runs (queued, progress after each batch, finished), so the organiser
/// console shows live progress. Handlers run on the publisher's thread: keep them short and never throw.
/// </summary>
public interface IBaselineRunEvents : IChangeEvents<BaselineRunChanged>;

/// <summary>One change of one run: its status and progress (records done / total, records per second, provider).</summary>
public sealed record BaselineRunChanged(Guid RunId, Guid TaskId, BaselineRunStatus Status, int Done, int Total, double RecordsPerSecond, string? Provider, DateTime OccurredAtUtc);
