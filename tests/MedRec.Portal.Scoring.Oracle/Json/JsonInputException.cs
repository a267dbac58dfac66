namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// A file that cannot be read further (bad encoding, broken JSON, too large). Internal: the submission reader turns
/// it into a report entry and the dataset reader into a <c>DatasetFormatException</c>.
/// </summary>
internal sealed class JsonInputException : Exception
{
    public JsonInputException(string code, Submissions.IssueText text, SourceLocation? location)
        : base(text.English)
    {
        Code = code;
        Text = text;
        Location = location;
    }

    public JsonInputException()
    {
        Code = Submissions.IssueCodes.Syntax;
    }

    public JsonInputException(string message)
        : base(message)
    {
        Code = Submissions.IssueCodes.Syntax;
    }

    public JsonInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = Submissions.IssueCodes.Syntax;
    }

    public string Code { get; }

    /// <summary>The message with its id and values, for a report shown in the reader's language.</summary>
    public Submissions.IssueText? Text { get; }

    public SourceLocation? Location { get; }
}
