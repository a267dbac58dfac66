using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.CreateInvitation;

/// <summary>
/// The team leader (or an organiser) issues an invitation code, valid for <paramref name="Lifetime"/>
/// (default 7 days, at most 60). With <paramref name="InviteeEmail"/> the code is also e-mailed to that address (in
/// the account's language when the address belongs to one, else in <paramref name="InviterLanguage"/>).
/// </summary>
public sealed record CreateInvitationCommand(Actor Actor, Guid TeamId, TimeSpan? Lifetime = null, string? InviteeEmail = null, string? InviterLanguage = null) : ICommand<Result<InvitationInfo>>, IParticipantAccessible;
