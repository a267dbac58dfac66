namespace MedRec.Portal.Cli;

/// <summary>Where a command writes: results and reports to <see cref="Out"/>, one-line failures to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output (the report, or exactly one JSON object with <c>--json</c>).</param>
/// <param name="Error">Standard error (usage and I/O failures, one line each).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
