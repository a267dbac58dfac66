using System.Runtime.InteropServices;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// CPU time (user + system) of all child processes this process has waited for (Linux <c>getrusage(RUSAGE_CHILDREN)</c>):
/// the difference around one child's run is that child's CPU time, every thread of it. Elsewhere it reports null.
/// </summary>
internal static class ChildProcessClock
{
    private const int RusageChildren = -1;

    public static double? NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
        {
            return null;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Rusage usage);

    // struct rusage on 64-bit Linux: two timevals, then 14 longs this harness does not read (Size covers them).
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
