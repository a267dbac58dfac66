namespace MedRec.Portal.Scoring.Datasets;

/// <summary>
/// An organiser's dataset file (inputs, gold, candidate list) cannot be used. The message says what is wrong, where
/// (record number and line) and how to fix it. Unlike a submission, a broken dataset is an operator error, so it is an
/// exception rather than a report.
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception with a message and the place in the file, where known.</summary>
    public DatasetFormatException(string message, int? recordNumber, int? line, int? column)
        : base(message)
    {
        RecordNumber = recordNumber;
        Line = line;
        Column = column;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DatasetFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DatasetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DatasetFormatException()
        : base("The dataset file cannot be read.")
    {
    }

    /// <summary>1-based number of the offending record in the file, when the problem belongs to one record.</summary>
    public int? RecordNumber { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column (in characters) of the problem, when known.</summary>
    public int? Column { get; }
}
