namespace MedRec.Portal.Cli;

/// <summary>
/// A usage or input problem the user must fix (a missing option, an unreadable file, a malformed gold file). The
/// application prints its message as one line on stderr and exits with <see cref="ExitCodes.UsageOrIoError"/>.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliUsageException()
        : base("Invalid usage.")
    {
    }
}
