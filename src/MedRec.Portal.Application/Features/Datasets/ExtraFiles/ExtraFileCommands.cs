using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Datasets.ExtraFiles;

/// <summary>
/// An organiser offers an extra file (labelled training data, a sample submission, a README) for the whole task
/// (<paramref name="PhaseId"/> null) or one phase, with a description. Participants get it on the Data tab under
/// the same rules as the inputs: approved team, terms accepted, phase open. Any format; returns the file's id.
/// </summary>
public sealed record AddExtraFileCommand(Actor Actor, Guid TaskId, Guid? PhaseId, string FileName, string? Description, byte[] Content)
    : ICommand<Result<Guid>>, IOrganizerOnly;

/// <summary>An organiser withdraws an extra file (its bytes go with it).</summary>
public sealed record RemoveExtraFileCommand(Actor Actor, Guid DatasetId) : ICommand<Result>, IOrganizerOnly;
