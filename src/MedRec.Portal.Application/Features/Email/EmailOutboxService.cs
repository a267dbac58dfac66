using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Email;

/// <summary>
/// What the outbox worker does (and what tests drive directly): claim the oldest due pending mail under a lease,
/// hand it to <see cref="IEmailSender"/> with a timeout, and record the outcome while still holding the lease: sent,
/// or failed with the next attempt after an exponential back-off (given up after <see cref="EmailOutboxOptions.MaxAttempts"/>).
/// A claim whose lease ran out (its worker died mid-send) is simply claimable again; at start an instance takes back
/// its own earlier claims at once. A mail may therefore, rarely, go out twice (sent, then the process died before
/// recording it): at-least-once, never lost.
/// </summary>
public sealed partial class EmailOutboxService(
    IPortalDbContextFactory contexts,
    IEmailSender sender,
    IOptions<EmailOutboxOptions> options,
    TimeProvider clock,
    ILogger<EmailOutboxService> logger) : ILeaseWork
{
    public WorkQueue Queue => WorkQueue.Email;

    public async Task TakeBackAsync(string instance, CancellationToken cancellationToken)
    {
        var prefix = LeaseOwners.Prefix(instance);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var mine = await db.OutboxEmails
            .Where(m => m.Status == OutboxEmailStatus.Pending && m.LeaseOwner != null && m.LeaseOwner.StartsWith(prefix))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var mail in mine)
        {
            mail.Release();
        }

        // A conflict means another worker already took one over: nothing left to give back.
        await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing to sweep: an expired lease makes its mail claimable again (see <see cref="TryClaimNextAsync"/>).</summary>
    public Task SweepAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<Guid?> TryClaimNextAsync(string owner, CancellationToken cancellationToken)
    {
        for (var tries = 0; tries < 10; tries++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
            var mail = await db.OutboxEmails
                .Where(m => m.Status == OutboxEmailStatus.Pending && m.NextAttemptAt <= now && (m.LeaseExpiresAt == null || m.LeaseExpiresAt <= now))
                .OrderBy(m => m.NextAttemptAt)
                .ThenBy(m => m.Id)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            if (mail is null)
            {
                return null;
            }

            mail.Claim(owner, now + options.Value.LeaseDuration);
            if ((await db.TrySaveAsync(cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return mail.Id;
            }

            // Another worker claimed it first: look again.
        }

        return null;
    }

    public async Task ExecuteAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        EmailMessage message;
        await using (var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false))
        {
            var mail = await db.OutboxEmails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            if (mail is null || !mail.IsLeasedBy(owner))
            {
                return;
            }

            message = new EmailMessage(mail.To, mail.Subject, mail.TextBody, mail.HtmlBody, mail.Culture);
        }

        string? error = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(options.Value.SendTimeout);
            try
            {
                await sender.SendAsync(message, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: leave the lease; the restarted instance takes it back and sends again.
                return;
            }
            catch (OperationCanceledException)
            {
                error = $"The mail server did not accept the message within {options.Value.SendTimeout.TotalSeconds:0} s.";
            }
            catch (Exception exception)
            {
                error = $"{exception.GetType().Name}: {exception.Message}";
            }
        }

        await RecordAsync(id, owner, error).ConfigureAwait(false);
    }

    /// <summary>Records the attempt (shutdown-proof: a sent mail must be marked sent even while stopping).</summary>
    private async Task RecordAsync(Guid id, string owner, string? error)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await contexts.CreateAsync(CancellationToken.None).ConfigureAwait(false);
            var mail = await db.OutboxEmails.FirstOrDefaultAsync(m => m.Id == id, CancellationToken.None).ConfigureAwait(false);
            if (mail is null || !mail.IsLeasedBy(owner))
            {
                LogLeaseLost(id, owner);
                return;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (error is null)
            {
                mail.MarkSent(now);
            }
            else
            {
                var settings = options.Value;
                mail.MarkAttemptFailed(error, now, settings.RetryDelay(mail.Attempts + 1), settings.MaxAttempts);
            }

            if ((await db.TrySaveAsync(CancellationToken.None).ConfigureAwait(false)).IsSuccess)
            {
                if (error is null)
                {
                    LogSent(id, mail.Kind, mail.Attempts);
                }
                else if (mail.Status == OutboxEmailStatus.Failed)
                {
                    LogGaveUp(id, mail.Kind, mail.Attempts, error);
                }
                else
                {
                    LogRetry(id, mail.Kind, mail.Attempts, mail.NextAttemptAt, error);
                }

                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Id} ({Kind}) sent on attempt {Attempts}")]
    private partial void LogSent(Guid id, string kind, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} ({Kind}) attempt {Attempts} failed; next attempt at {NextAttempt:u}: {Error}")]
    private partial void LogRetry(Guid id, string kind, int attempts, DateTime nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Id} ({Kind}) given up after {Attempts} attempts: {Error}")]
    private partial void LogGaveUp(Guid id, string kind, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the outcome of e-mail {Id}: worker {Owner} no longer holds its lease")]
    private partial void LogLeaseLost(Guid id, string owner);
}
