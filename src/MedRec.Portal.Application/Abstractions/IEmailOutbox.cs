namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// How a use case sends e-mail: the messages become rows of the persistent outbox (docs/email.md) and a background
/// worker sends them, retrying with exponential back-off. Either queue them in the use case's own unit of work
/// (<see cref="Add"/>, then save: the mail exists exactly when the change does) or on their own
/// (<see cref="QueueAsync"/>). <paramref name="kind"/> names what the mail is about (for the log and tests).
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Adds the messages to <paramref name="db"/>'s unit of work; the caller saves, then calls <see cref="Wake"/>.</summary>
    void Add(IPortalDbContext db, string kind, IEnumerable<EmailMessage> messages);

    /// <summary>Queues the messages in a unit of work of their own and wakes the worker.</summary>
    Task QueueAsync(string kind, IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken);

    /// <summary>Tells the outbox worker (of any instance) that mail is waiting; without it the worker finds it at its next poll.</summary>
    void Wake();
}
