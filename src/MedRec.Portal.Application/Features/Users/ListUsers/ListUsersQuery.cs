using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Users.ListUsers;

/// <summary>Organisers page through accounts, optionally searching email and display name.</summary>
public sealed record ListUsersQuery(Actor Actor, string? Search = null, int Page = 1, int PageSize = 50) : IQuery<Result<PagedList<UserSummary>>>, IOrganizerOnly;
