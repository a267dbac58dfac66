using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Announcements;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Announcements;

/// <summary>
/// An organiser posts an announcement for a task (Markdown, both languages, pinned or not). With
/// <paramref name="EmailMembers"/> it is also mailed to every member of a team registered for the task (approved or
/// awaiting a decision), each in their own language, unless they opted out of announcements.
/// </summary>
public sealed record PostAnnouncementCommand(Actor Actor, Guid TaskId, string TitleZh, string TitleEn, string BodyZh, string BodyEn, bool Pinned, bool EmailMembers)
    : ICommand<Result<Guid>>, IOrganizerOnly;

public sealed class PostAnnouncementHandler(IPortalDbContextFactory contexts, Notifier notifier, TimeProvider clock) : ICommandHandler<PostAnnouncementCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(PostAnnouncementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Announcement.Check(command.TitleZh, command.TitleEn, command.BodyZh, command.BodyEn) is { } invalid)
        {
            return Result<Guid>.Failure(invalid);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return Result<Guid>.Failure(Error.NotFound("The task"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var announcement = new Announcement(Guid.CreateVersion7(), task.Id, command.TitleZh, command.TitleEn, command.BodyZh, command.BodyEn, command.Pinned, command.Actor.UserId, now);
        db.Announcements.Add(announcement);
        var mailed = 0;
        if (command.EmailMembers)
        {
            var members = await Notifier.ParticipantsOf(db, task.Id, includePending: true).ToListAsync(cancellationToken).ConfigureAwait(false);
            mailed = await notifier.AddAsync(db, NotificationKind.Announcement, members, texts =>
            {
                var body = texts.Pick(announcement.BodyZh, announcement.BodyEn);
                return texts.Announcement(texts.Pick(task.TitleZh, task.TitleEn), texts.Pick(announcement.TitleZh, announcement.TitleEn), body, SafeMarkdown.ToHtml(body));
            }, cancellationToken).ConfigureAwait(false);
            announcement.MarkEmailed(now);
        }

        db.Audit(command.Actor, AnnouncementAuditActions.Posted, nameof(Announcement), announcement.Id, null, new { announcement.TaskId, announcement.TitleEn, announcement.Pinned, Mailed = mailed }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<Guid>.Failure(saved.Errors);
        }

        if (mailed > 0)
        {
            notifier.Wake();
        }

        return Result<Guid>.Success(announcement.Id);
    }
}
