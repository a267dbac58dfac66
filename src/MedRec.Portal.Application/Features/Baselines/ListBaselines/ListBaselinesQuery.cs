using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Scores;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.ListBaselines;

/// <summary>Every baseline row of a task's phases, newest first, withdrawn ones included (organisers only).</summary>
public sealed record ListBaselinesQuery(Actor Actor, Guid TaskId) : IQuery<Result<IReadOnlyList<BaselineListItem>>>, IOrganizerOnly;

/// <summary>One baseline row as the organiser console lists it.</summary>
public sealed record BaselineListItem(Guid Id, Guid PhaseId, string PhaseCode, string Name, string OriginalFileName, int RecordCount, double PrimaryScore, IReadOnlyList<MetricScore> Metrics, DateTime UploadedAt, DateTime? WithdrawnAt, Guid? RunId);
