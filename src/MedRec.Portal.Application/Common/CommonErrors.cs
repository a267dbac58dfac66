using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Common;

/// <summary>Errors several use cases return, worded once.</summary>
public static class CommonErrors
{
    public static Error OrganizersOnly { get; } = Error.Forbidden("Only organisers may do this.");

    public static Error Concurrency { get; } = new(ErrorCodes.Concurrency, "Someone else changed this record at the same time; reload the page and try again.");
}
