using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>One kind of notification mail and whether the user receives it.</summary>
public sealed record NotificationSetting(NotificationKind Kind, bool Enabled);

/// <summary>The signed-in user's e-mail choices, one per kind (every kind is on until turned off).</summary>
public sealed record GetNotificationSettingsQuery(Actor Actor) : IQuery<Result<IReadOnlyList<NotificationSetting>>>, IParticipantAccessible;

/// <summary>The signed-in user turns one kind of notification mail on or off (for themselves only).</summary>
public sealed record SetNotificationSettingCommand(Actor Actor, NotificationKind Kind, bool Enabled) : ICommand<Result>, IParticipantAccessible;

public sealed class NotificationSettingsHandler(IPortalDbContextFactory contexts, TimeProvider clock)
    : IQueryHandler<GetNotificationSettingsQuery, Result<IReadOnlyList<NotificationSetting>>>, ICommandHandler<SetNotificationSettingCommand, Result>
{
    public async ValueTask<Result<IReadOnlyList<NotificationSetting>>> Handle(GetNotificationSettingsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var off = await db.NotificationOptOuts.AsNoTracking().Where(o => o.UserId == query.Actor.UserId).Select(o => o.Kind).ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<NotificationSetting> settings = Enum.GetValues<NotificationKind>().Select(k => new NotificationSetting(k, !off.Contains(k))).ToList();
        return Result<IReadOnlyList<NotificationSetting>>.Success(settings);
    }

    public async ValueTask<Result> Handle(SetNotificationSettingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Kind))
        {
            return Result.Failure(Error.Validation(nameof(command.Kind), $"Unknown notification kind {(int)command.Kind}; valid: {string.Join(", ", Enum.GetNames<NotificationKind>())}."));
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.NotificationOptOuts.FirstOrDefaultAsync(o => o.UserId == command.Actor.UserId && o.Kind == command.Kind, cancellationToken).ConfigureAwait(false);
        if (command.Enabled == (existing is null))
        {
            return Result.Success();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Enabled)
        {
            db.NotificationOptOuts.Remove(existing!);
        }
        else
        {
            db.NotificationOptOuts.Add(new NotificationOptOut(command.Actor.UserId, command.Kind, now));
        }

        db.Audit(command.Actor, command.Enabled ? "notification.opted-in" : "notification.opted-out", "User", command.Actor.UserId, null, new { command.Kind }, now);

        // A double click that added the same opt-out twice: the row exists, which is what was asked.
        var saved = await db.TrySaveAsync(cancellationToken, Error.Conflict("already set")).ConfigureAwait(false);
        return saved.IsFailure && saved.Errors[0].Code == ErrorCodes.Conflict ? Result.Success() : saved;
    }
}
