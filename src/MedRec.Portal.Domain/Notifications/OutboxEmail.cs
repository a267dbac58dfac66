using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Notifications;

/// <summary>Where a queued e-mail stands.</summary>
public enum OutboxEmailStatus
{
    /// <summary>Waiting for its first or next attempt (<see cref="OutboxEmail.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Handed to the mail server (or the file sink).</summary>
    Sent,

    /// <summary>Every attempt failed; kept with its last error for the organiser to see, never retried again.</summary>
    Failed,
}

/// <summary>
/// One e-mail in the persistent outbox: the request that wants it sent only adds this row, and a lease worker
/// hands it to the sender later, retrying with exponential back-off. A slow or failing mail server therefore never
/// delays a request, and a restart loses nothing (the row is still there; its lease is taken back).
/// </summary>
public sealed class OutboxEmail : IVersioned
{
    public const int MaxAddressLength = 256;

    public const int MaxSubjectLength = 400;

    public const int MaxKindLength = 40;

    public const int MaxCultureLength = 16;

    public const int MaxErrorLength = 1000;

    private OutboxEmail()
    {
    }

    public OutboxEmail(Guid id, string to, string subject, string textBody, string? htmlBody, string? culture, string kind, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(textBody);
        Id = id;
        To = Limit(to.Trim(), MaxAddressLength, nameof(to));
        Subject = Limit(subject, MaxSubjectLength, nameof(subject));
        TextBody = textBody;
        HtmlBody = htmlBody;
        Culture = culture is null ? null : Limit(culture, MaxCultureLength, nameof(culture));
        Kind = Limit(kind, MaxKindLength, nameof(kind));
        CreatedAt = Instants.RequireUtc(createdAtUtc, nameof(createdAtUtc));
        NextAttemptAt = CreatedAt;
        Status = OutboxEmailStatus.Pending;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string? HtmlBody { get; private set; }

    /// <summary>The language the message was written in (zh-CN, en): the recipient's, sent as Content-Language.</summary>
    public string? Culture { get; private set; }

    /// <summary>What it is about (announcement, registration-decided, ...): for the log and for tests, not for sending.</summary>
    public string Kind { get; private set; } = "";

    public OutboxEmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Not before this instant may a worker claim it (creation, then each back-off).</summary>
    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    public Guid Version { get; set; }

    public bool IsLeasedBy(string owner) => LeaseOwner == owner;

    /// <summary>A worker takes it until <paramref name="leaseUntilUtc"/>; a claim whose lease ran out may be taken again.</summary>
    public void Claim(string owner, DateTime leaseUntilUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (Status != OutboxEmailStatus.Pending)
        {
            throw new InvalidOperationException($"Outbox e-mail {Id} is {Status}; only pending mail is claimed.");
        }

        LeaseOwner = owner;
        LeaseExpiresAt = Instants.RequireUtc(leaseUntilUtc, nameof(leaseUntilUtc));
    }

    /// <summary>Gives the claim back unchanged (the worker's process restarted before it finished).</summary>
    public void Release()
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxEmailStatus.Sent;
        SentAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        LastError = null;
        Release();
    }

    /// <summary>
    /// Records a failed attempt: the next one waits <paramref name="retryAfter"/>, or (after
    /// <paramref name="maxAttempts"/> attempts) the mail is given up as <see cref="OutboxEmailStatus.Failed"/>.
    /// </summary>
    public void MarkAttemptFailed(string error, DateTime nowUtc, TimeSpan retryAfter, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        NextAttemptAt = Instants.RequireUtc(nowUtc, nameof(nowUtc)) + retryAfter;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxEmailStatus.Failed;
        }

        Release();
    }

    private static string Limit(string value, int max, string name) =>
        value.Length <= max ? value : throw new DomainRuleException(new Error(ErrorCodes.Validation, $"The e-mail's {name} is longer than {max} characters."));
}
