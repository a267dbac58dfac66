using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Registrations;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>
/// Turns an event into notification mails: one per recipient who has not opted out of the kind, each written in
/// that recipient's language, added to the caller's unit of work through the outbox (saved with the change or not at
/// all). Call <see cref="Wake"/> after the save.
/// </summary>
public sealed class Notifier(IEmailOutbox outbox)
{
    /// <summary>Outbox kind names: <c>notification:{Kind}</c>.</summary>
    public static string OutboxKind(NotificationKind kind) => $"notification:{kind}";

    /// <summary>Adds the mails for <paramref name="userIds"/>; returns how many were queued.</summary>
    public async Task<int> AddAsync(IPortalDbContext db, NotificationKind kind, IEnumerable<Guid> userIds, Func<NotificationTexts, NotificationContent> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var optedOut = db.NotificationOptOuts.Where(o => o.Kind == kind).Select(o => o.UserId);
        var recipients = await db.UserSummaries
            .Where(u => ids.Contains(u.Id) && !optedOut.Contains(u.Id) && u.Email != "")
            .Select(u => new { u.Email, u.PreferredLanguage })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var messages = recipients.Select(r =>
        {
            var texts = NotificationTexts.For(r.PreferredLanguage);
            var content = write(texts);
            return new EmailMessage(r.Email, content.Subject, content.Text, content.Html, texts.Culture);
        }).ToList();
        outbox.Add(db, OutboxKind(kind), messages);
        return messages.Count;
    }

    /// <summary>Mails an address that may not belong to an account (an invitation): in the account's language if it does, else in <paramref name="fallbackLanguage"/>.</summary>
    public async Task<bool> AddToAddressAsync(IPortalDbContext db, NotificationKind kind, string address, string fallbackLanguage, Func<NotificationTexts, NotificationContent> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = address.Trim();
        var account = await db.UserSummaries.Where(u => u.Email == normalized).Select(u => new { u.Id, u.PreferredLanguage }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (account is not null && await db.NotificationOptOuts.AnyAsync(o => o.UserId == account.Id && o.Kind == kind, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var texts = NotificationTexts.For(account?.PreferredLanguage ?? fallbackLanguage);
        var content = write(texts);
        outbox.Add(db, OutboxKind(kind), [new EmailMessage(normalized, content.Subject, content.Text, content.Html, texts.Culture)]);
        return true;
    }

    /// <summary>
    /// The members of every team registered for <paramref name="taskId"/>: approved registrations, and with
    /// <paramref name="includePending"/> those still awaiting a decision too (never denied ones).
    /// </summary>
    public static IQueryable<Guid> ParticipantsOf(IPortalDbContext db, Guid taskId, bool includePending = false) =>
        from registration in db.Registrations
        where registration.TaskId == taskId
              && (registration.Status == RegistrationStatus.Approved || (includePending && registration.Status == RegistrationStatus.Pending))
        join member in db.TeamMembers on registration.TeamId equals member.TeamId
        select member.UserId;

    public void Wake() => outbox.Wake();
}
