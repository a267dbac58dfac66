namespace MedRec.Portal.Scoring.Json;

/// <summary>
/// A file that cannot be read further (bad encoding, broken JSON, too large). Internal: the submission reader turns
/// it into a report entry and the dataset reader into a <c>DatasetFormatException</c>.
/// </summary>
internal sealed class JsonInputException : Exception
{
    public JsonInputException(string code, string message, SourceLocation? location)
        : base(message)
    {
        Code = code;
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

    public SourceLocation? Location { get; }
}
