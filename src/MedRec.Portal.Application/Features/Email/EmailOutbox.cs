using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Notifications;

namespace MedRec.Portal.Application.Features.Email;

/// <summary>The outbox port over the <see cref="IPortalDbContext.OutboxEmails"/> table and the e-mail work signal.</summary>
public sealed class EmailOutbox(IPortalDbContextFactory contexts, IWorkSignal signal, TimeProvider clock) : IEmailOutbox
{
    public void Add(IPortalDbContext db, string kind, IEnumerable<EmailMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(messages);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in messages)
        {
            db.OutboxEmails.Add(new OutboxEmail(Guid.CreateVersion7(), message.To, message.Subject, message.TextBody, message.HtmlBody, message.Culture, kind, now));
        }
    }

    public async Task QueueAsync(string kind, IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        Add(db, kind, messages);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Wake();
    }

    public void Wake() => signal.Notify(WorkQueue.Email);
}
