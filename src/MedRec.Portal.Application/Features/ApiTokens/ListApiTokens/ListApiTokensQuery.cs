using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using Mediator;

namespace MedRec.Portal.Application.Features.ApiTokens.ListApiTokens;

/// <summary>The caller's own API tokens, newest first, revoked and expired ones included (for the record).</summary>
public sealed record ListApiTokensQuery(Actor Actor) : IQuery<IReadOnlyList<ApiTokenInfo>>, IParticipantAccessible;
