using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.ApiTokens.RevokeApiToken;

/// <summary>The owner revokes one of their tokens; it stops working at once. Revoking twice is harmless.</summary>
public sealed record RevokeApiTokenCommand(Actor Actor, Guid TokenId) : ICommand<Result>, IParticipantAccessible;
