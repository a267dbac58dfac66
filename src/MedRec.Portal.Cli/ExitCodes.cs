namespace MedRec.Portal.Cli;

/// <summary>The process exit codes every command uses; scripts and CI rely on them (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The file was scored, or is valid, or the command did its work.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments, or a file that cannot be read or used (missing, unreadable, malformed gold or inputs).</summary>
    public const int UsageOrIoError = 1;

    /// <summary>The submission breaks the rules: it has validation errors and was not scored.</summary>
    public const int Rejected = 2;
}
