using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Announcements;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Announcements;

/// <summary>An organiser edits (or pins/unpins) an announcement; <paramref name="ExpectedVersion"/> refuses a stale edit. No new mail is sent.</summary>
public sealed record EditAnnouncementCommand(Actor Actor, Guid AnnouncementId, string TitleZh, string TitleEn, string BodyZh, string BodyEn, bool Pinned, Guid? ExpectedVersion = null)
    : ICommand<Result>, IOrganizerOnly;

/// <summary>An organiser deletes an announcement.</summary>
public sealed record DeleteAnnouncementCommand(Actor Actor, Guid AnnouncementId) : ICommand<Result>, IOrganizerOnly;

public sealed class EditAnnouncementHandler(IPortalDbContextFactory contexts, TimeProvider clock)
    : ICommandHandler<EditAnnouncementCommand, Result>, ICommandHandler<DeleteAnnouncementCommand, Result>
{
    public async ValueTask<Result> Handle(EditAnnouncementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Announcement.Check(command.TitleZh, command.TitleEn, command.BodyZh, command.BodyEn) is { } invalid)
        {
            return Result.Failure(invalid);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.Id == command.AnnouncementId, cancellationToken).ConfigureAwait(false);
        if (announcement is null)
        {
            return Result.Failure(Error.NotFound("The announcement"));
        }

        if (command.ExpectedVersion is { } expected && expected != announcement.Version)
        {
            return Result.Failure(CommonErrors.Concurrency);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = new { announcement.TitleEn, announcement.Pinned };
        announcement.Edit(command.TitleZh, command.TitleEn, command.BodyZh, command.BodyEn, command.Pinned, now);
        db.Audit(command.Actor, AnnouncementAuditActions.Edited, nameof(Announcement), announcement.Id, before, new { announcement.TitleEn, announcement.Pinned }, now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Result> Handle(DeleteAnnouncementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.Id == command.AnnouncementId, cancellationToken).ConfigureAwait(false);
        if (announcement is null)
        {
            return Result.Failure(Error.NotFound("The announcement"));
        }

        db.Announcements.Remove(announcement);
        db.Audit(command.Actor, AnnouncementAuditActions.Deleted, nameof(Announcement), announcement.Id, new { announcement.TaskId, announcement.TitleEn }, null, clock.GetUtcNow().UtcDateTime);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
