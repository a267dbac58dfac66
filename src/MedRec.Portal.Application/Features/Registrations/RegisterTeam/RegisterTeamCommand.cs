using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Registrations.RegisterTeam;

/// <summary>
/// The team leader registers the team for its task, accepting the data-use terms in force (version, who and
/// when are recorded, on the registration and as the leader's own acceptance). <paramref name="TermsNumber"/>
/// is the version the leader was shown: registration is refused when a newer one came out meanwhile (null
/// accepts the version in force, for scripts and seeds that show no text). A rejected team may register again.
/// Returns the registration's id.
/// </summary>
public sealed record RegisterTeamCommand(Actor Actor, Guid TeamId, bool AcceptDataUseTerms, int? TermsNumber = null) : ICommand<Result<Guid>>, IParticipantAccessible;
