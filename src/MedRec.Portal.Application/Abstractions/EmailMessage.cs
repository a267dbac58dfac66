namespace MedRec.Portal.Application.Abstractions;

/// <summary>A plain mail: one recipient, subject, text body and an optional HTML body.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
