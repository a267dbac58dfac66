using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Terms.PublishTerms;

/// <summary>
/// An organiser publishes a new version of a task's data-use terms (Markdown in both languages). The version
/// number rises by one; every member, leaders included, must accept it before their next download or submission.
/// Returns the new version number.
/// </summary>
public sealed record PublishTermsCommand(Actor Actor, Guid TaskId, string? TextZh, string? TextEn) : ICommand<Result<int>>, IOrganizerOnly;
