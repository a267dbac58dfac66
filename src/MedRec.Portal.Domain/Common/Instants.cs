namespace MedRec.Portal.Domain.Common;

/// <summary>Every instant in the model is a UTC <see cref="DateTime"/>; local times would shift quotas and windows.</summary>
public static class Instants
{
    /// <summary>
    /// Returns the instant as UTC. <see cref="DateTimeKind.Unspecified"/> is taken as UTC (databases return that
    /// kind); <see cref="DateTimeKind.Local"/> is a programming error.
    /// </summary>
    public static DateTime RequireUtc(DateTime instant, string parameterName) => instant.Kind switch
    {
        DateTimeKind.Utc => instant,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        _ => throw new ArgumentException("Instants must be UTC, not local time.", parameterName),
    };
}
