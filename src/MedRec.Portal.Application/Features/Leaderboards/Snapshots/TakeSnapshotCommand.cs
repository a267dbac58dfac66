using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Snapshots;

/// <summary>An organiser keeps a copy of the live board for the record (participants never see manual snapshots). Returns its id.</summary>
public sealed record TakeSnapshotCommand(Actor Actor, Guid PhaseId) : ICommand<Result<Guid>>, IOrganizerOnly;
