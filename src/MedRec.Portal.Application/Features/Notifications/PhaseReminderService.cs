using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>
/// The scheduled phase reminders: once a phase of a published task is within <see cref="NotificationOptions.PhaseReminderLead"/>
/// of opening (or closing), its participants get one mail saying when, in the phase's own time zone. Each reminder is
/// saved together with a <see cref="PhaseReminder"/> row whose key is (phase, kind), so it goes out once even when
/// the job runs on several instances at the same moment: the second save is refused and its mails with it.
/// </summary>
public sealed class PhaseReminderService(IPortalDbContextFactory contexts, Notifier notifier, IOptions<NotificationOptions> options, TimeProvider clock)
{
    /// <summary>Sends every due reminder not sent yet; returns how many reminders (phases × kinds) went out.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now + options.Value.PhaseReminderLead;
        List<(Guid PhaseId, NotificationKind Kind)> due;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            var phases = await (from phase in db.Phases.AsNoTracking()
                                join task in db.Tasks.AsNoTracking() on phase.TaskId equals task.Id
                                where task.IsPublished && ((phase.OpensAt > now && phase.OpensAt <= horizon) || (phase.ClosesAt > now && phase.ClosesAt <= horizon))
                                select new { phase.Id, phase.OpensAt, phase.ClosesAt })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var ids = phases.Select(p => p.Id).ToList();
            var sent = await db.PhaseReminders.AsNoTracking().Where(r => ids.Contains(r.PhaseId)).Select(r => new { r.PhaseId, r.Kind }).ToListAsync(cancellationToken).ConfigureAwait(false);
            due = phases.SelectMany(p => new[]
                {
                    (p.Id, NotificationKind.PhaseOpeningSoon, p.OpensAt),
                    (p.Id, NotificationKind.PhaseClosingSoon, p.ClosesAt),
                })
                .Where(r => r.Item3 > now && r.Item3 <= horizon && !sent.Any(s => s.PhaseId == r.Item1 && s.Kind == r.Item2))
                .Select(r => (r.Item1, r.Item2))
                .ToList();
        }

        var count = 0;
        foreach (var (phaseId, kind) in due)
        {
            if (await SendAsync(phaseId, kind, now, cancellationToken).ConfigureAwait(false))
            {
                count++;
            }
        }

        if (count > 0)
        {
            notifier.Wake();
        }

        return count;
    }

    private async Task<bool> SendAsync(Guid phaseId, NotificationKind kind, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstAsync(p => p.Id == phaseId, cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == phase.TaskId, cancellationToken).ConfigureAwait(false);
        db.PhaseReminders.Add(new PhaseReminder(phaseId, kind, now));
        var participants = await Notifier.ParticipantsOf(db, task.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var when = NotificationTexts.InZone(kind == NotificationKind.PhaseOpeningSoon ? phase.OpensAt : phase.ClosesAt, phase.QuotaTimeZoneId);
        await notifier.AddAsync(db, kind, participants, texts => Write(texts, kind, task, phase, when), cancellationToken).ConfigureAwait(false);

        // Refused (key taken) when another instance sent this reminder first: nothing is sent twice.
        return (await db.TrySaveAsync(cancellationToken, CommonErrorsForReminder.AlreadySent).ConfigureAwait(false)).IsSuccess;
    }

    private static NotificationContent Write(NotificationTexts texts, NotificationKind kind, CompetitionTask task, Phase phase, string when)
    {
        var title = texts.Pick(task.TitleZh, task.TitleEn);
        var name = texts.PhaseName(phase.NameZh, phase.NameEn, phase.Code);
        return kind == NotificationKind.PhaseOpeningSoon ? texts.PhaseOpening(title, name, when) : texts.PhaseClosing(title, name, when);
    }

    private static class CommonErrorsForReminder
    {
        public static readonly Domain.Common.Error AlreadySent = Domain.Common.Error.Conflict("This phase reminder was already sent.");
    }
}
