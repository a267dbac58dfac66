namespace MedRec.Portal.Application.Features.Terms;

/// <summary>Audit action names of the data-use terms (stable: the audit page filters on them).</summary>
public static class TermsAuditActions
{
    public const string Published = "terms.published";
    public const string Accepted = "terms.accepted";
}
