namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// One e-mail, already written in its recipient's language: the address, the subject, a plain-text body, an
/// optional HTML body (the same content; user text in it must already be encoded or sanitised) and the culture it
/// is written in (zh-CN, en; sent as Content-Language).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null, string? Culture = null);
