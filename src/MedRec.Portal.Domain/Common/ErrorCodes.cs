namespace MedRec.Portal.Domain.Common;

/// <summary>The codes of <see cref="Error"/>; pages map them to messages and HTTP status codes.</summary>
public static class ErrorCodes
{
    public const string Validation = "validation";
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";
    public const string Conflict = "conflict";

    /// <summary>Someone else saved the same record first; reload and try again.</summary>
    public const string Concurrency = "concurrency";
}
