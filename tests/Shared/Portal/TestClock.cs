namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>A clock the test moves by hand (phase windows, invitation expiry).</summary>
public sealed class TestClock(DateTime startUtc) : TimeProvider
{
    private DateTimeOffset _now = new(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc));

    public DateTime UtcNow => _now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTime utc) => _now = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
