namespace MedRec.Portal.Scoring.Json;

/// <summary>A place in a text file: 1-based line and 1-based column counted in Unicode characters (not bytes).</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, in Unicode characters from the start of the line.</param>
internal readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}";
}
