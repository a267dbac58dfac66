using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Users.Admin;

/// <summary>An organiser ends a lockout after wrong passwords (not a disable: that is <see cref="SetUserDisabledCommand"/>).</summary>
public sealed record UnlockUserCommand(Actor Actor, Guid UserId) : ICommand<Result>, IOrganizerOnly;

/// <summary>
/// An organiser disables an account (it cannot sign in, its API tokens stop, its open sessions end within a minute)
/// or enables it again. Never one's own account.
/// </summary>
public sealed record SetUserDisabledCommand(Actor Actor, Guid UserId, bool Disabled) : ICommand<Result>, IOrganizerOnly;

/// <summary>An organiser makes an account an organiser, or a participant only. Never one's own role.</summary>
public sealed record ChangeUserRoleCommand(Actor Actor, Guid UserId, bool Organizer) : ICommand<Result>, IOrganizerOnly;

/// <summary>
/// An organiser mails an account a password-reset link to <paramref name="ResetPage"/> (the portal's absolute
/// reset-page address; the organiser never sees the token).
/// </summary>
public sealed record SendPasswordResetCommand(Actor Actor, Guid UserId, Uri ResetPage) : ICommand<Result>, IOrganizerOnly;
