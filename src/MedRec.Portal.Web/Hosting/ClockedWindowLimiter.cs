using System.Threading.RateLimiting;

namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// A fixed window of <c>permits</c> per <c>window</c> that starts at a partition's first request and knows when
/// it resets, so a refusal's Retry-After is the real wait. (The framework's fixed-window limiter replenishes on
/// a timer and reports a whole window as the wait however soon the reset is: clients then wait too long.)
/// </summary>
internal sealed class ClockedWindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;
    private int _used;

    /// <summary>Idle once the current window has ended: the partition may then be dropped, nothing is lost.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                return now >= _windowEnds ? (_windowEnds == DateTimeOffset.MinValue ? TimeSpan.Zero : now - _windowEnds) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = clock.GetUtcNow() >= _windowEnds ? permits : permits - _used };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowEnds)
            {
                _windowEnds = now + window;
                _used = 0;
            }

            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }

            return new Lease(false, _windowEnds - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
