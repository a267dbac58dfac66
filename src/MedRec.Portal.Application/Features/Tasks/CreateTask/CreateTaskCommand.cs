using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.CreateTask;

/// <summary>An organiser creates a task (unpublished until they publish it). Returns the new task's id.</summary>
public sealed record CreateTaskCommand(Actor Actor, TaskKind Kind, string Slug, TaskTexts Texts, bool Publish = false) : ICommand<Result<Guid>>, IOrganizerOnly;
