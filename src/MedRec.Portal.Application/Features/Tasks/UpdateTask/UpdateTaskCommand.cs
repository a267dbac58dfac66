using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;

namespace MedRec.Portal.Application.Features.Tasks.UpdateTask;

/// <summary>
/// An organiser edits a task's texts and publication. <paramref name="ExpectedVersion"/> is the version the
/// edit form loaded; a different current version means someone else saved meanwhile (concurrency error).
/// </summary>
public sealed record UpdateTaskCommand(Actor Actor, Guid TaskId, TaskTexts Texts, bool IsPublished, Guid? ExpectedVersion = null) : ICommand<Result>, IOrganizerOnly;
