using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.GetTaskDetail;

/// <summary>A task's pages (overview, rules, evaluation, data, phases) by slug, with what the viewer may do.</summary>
public sealed record GetTaskDetailQuery(Actor? Actor, string Slug) : IQuery<Result<TaskDetail>>, IParticipantAccessible;
