using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Registrations.RegisterTeam;

/// <summary>
/// The team leader registers the team for its task, accepting the data-use terms on the team's behalf (who
/// and when are recorded). A rejected team may register again. Returns the registration's id.
/// </summary>
public sealed record RegisterTeamCommand(Actor Actor, Guid TeamId, bool AcceptDataUseTerms) : ICommand<Result<Guid>>, IParticipantAccessible;
