namespace MedRec.Portal.Web.Tests.Support;

/// <summary>A clock the test sets and moves by hand; timers still tick in real time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
