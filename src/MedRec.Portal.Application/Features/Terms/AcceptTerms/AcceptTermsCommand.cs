using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Terms.AcceptTerms;

/// <summary>
/// A signed-in person accepts the version of the task's terms they were shown (<paramref name="Number"/>);
/// refused when a newer version came out meanwhile. Accepting twice is harmless.
/// </summary>
public sealed record AcceptTermsCommand(Actor Actor, Guid TaskId, int Number) : ICommand<Result>, IParticipantAccessible;
