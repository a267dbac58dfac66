using System.Text;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>One problem found in a submission file.</summary>
/// <param name="Severity">Error (rejects the file) or warning.</param>
/// <param name="Code">Stable code from <see cref="IssueCodes"/>.</param>
/// <param name="Message">What is wrong and how to fix it, in English.</param>
/// <param name="RecordNumber">1-based position of the record in the array, when the problem belongs to one record.</param>
/// <param name="Id">The record's normalised identifier, when known.</param>
/// <param name="Line">1-based line, when the problem has a place in the file.</param>
/// <param name="Column">1-based column in Unicode characters, when the problem has a place in the file.</param>
/// <param name="MessageId">The <see cref="IssueMessage.Id"/> the message was made from, so the portal can show it in
/// the reader's language; null in reports stored before messages had ids.</param>
/// <param name="Arguments">The message's placeholder values (see <see cref="IssueText"/>); empty when <paramref name="MessageId"/> is null.</param>
public sealed record SubmissionIssue(
    IssueSeverity Severity,
    string Code,
    string Message,
    int? RecordNumber = null,
    string? Id = null,
    int? Line = null,
    int? Column = null,
    string? MessageId = null,
    IReadOnlyList<string>? Arguments = null)
{
    /// <summary>The issue on one line: place, record, code and message.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Severity == IssueSeverity.Error ? "error" : "warning");
        if (Line is { } line)
        {
            text.Append(" at line ").Append(line);
            if (Column is { } column)
            {
                text.Append(", column ").Append(column);
            }
        }

        if (RecordNumber is { } record)
        {
            text.Append(" (record ").Append(record);
            if (Id is not null)
            {
                text.Append(", id \"").Append(Id).Append('"');
            }

            text.Append(')');
        }

        return text.Append(" [").Append(Code).Append("]: ").Append(Message).ToString();
    }
}
