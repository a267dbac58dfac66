using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>The "board frozen / released" mail to a task's participants, shared by the freeze and release use cases.</summary>
public static class BoardNotifications
{
    public static async Task AddAsync(IPortalDbContext db, Notifier notifier, Phase phase, Func<NotificationTexts, string, string, NotificationContent> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == phase.TaskId).Select(t => new { t.TitleZh, t.TitleEn }).FirstAsync(cancellationToken).ConfigureAwait(false);
        var participants = await Notifier.ParticipantsOf(db, phase.TaskId).ToListAsync(cancellationToken).ConfigureAwait(false);
        await notifier.AddAsync(db, NotificationKind.BoardStatusChanged, participants,
            texts => write(texts, texts.Pick(task.TitleZh, task.TitleEn), texts.PhaseName(phase.NameZh, phase.NameEn, phase.Code)), cancellationToken).ConfigureAwait(false);
    }
}
