using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.ListTasks;

/// <summary>The home page's task cards. Anonymous visitors pass a null actor; only organisers see unpublished tasks.</summary>
public sealed record ListTasksQuery(Actor? Actor) : IQuery<IReadOnlyList<TaskListItem>>, IParticipantAccessible;
