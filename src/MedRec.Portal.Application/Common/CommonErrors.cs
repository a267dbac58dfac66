using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Common;

/// <summary>Errors several use cases return, worded once.</summary>
public static class CommonErrors
{
    public static readonly ErrorMessage OrganizersOnlyMessage = new("common.organizers-only", ErrorCodes.Forbidden, "Only organisers may do this.");

    public static readonly ErrorMessage ConcurrencyMessage = new("common.concurrency", ErrorCodes.Concurrency, "Someone else changed this record at the same time; reload the page and try again.");

    public static Error OrganizersOnly { get; } = OrganizersOnlyMessage.With();

    public static Error Concurrency { get; } = ConcurrencyMessage.With();
}
