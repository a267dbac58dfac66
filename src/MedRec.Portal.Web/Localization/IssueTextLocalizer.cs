using MedRec.Portal.Scoring.Submissions;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// A validation issue in the reader's language: issues made from an <see cref="IssueMessage"/> are looked up as
/// <c>Issue.{MessageId}</c> and filled with their values, JSON kinds worded as <c>Issue.Kind.{kind}</c>. Issues
/// without an id (reports stored before ids existed) or without a translation keep their English text.
/// </summary>
public static class IssueTextLocalizer
{
    /// <summary>The resource key of a message id.</summary>
    public static string KeyOf(string messageId) => "Issue." + messageId;

    /// <summary>The resource key of a JSON kind (<see cref="IssueMessage.KindOf"/>).</summary>
    public static string KindKeyOf(string kind) => "Issue.Kind." + kind;

    /// <summary>The issue with its place first ("Line 3, column 40: …") when it has one.</summary>
    public static string LocalizeWithPlace(SubmissionIssue issue, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(text);
        var message = Localize(issue, text);
        return issue.Line is { } line ? text["Submissions.RejectionAt", line, issue.Column ?? 1, message].Value : message;
    }

    public static string Localize(SubmissionIssue issue, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(text);
        if (IssueMessages.Find(issue.MessageId) is not { } message || issue.Arguments is not { } arguments)
        {
            return issue.Message;
        }

        var values = arguments
            .Select((value, index) => message.KindArguments.Contains(index) ? text[KindKeyOf(value)].Value
                : message.Id == IssueMessages.Syntax.Id ? JsonSyntaxDetail.Localize(value, text) : value)
            .ToArray<object?>();
        return ResourceTemplate.Format(text, KeyOf(message.Id), values, issue.Message);
    }
}
