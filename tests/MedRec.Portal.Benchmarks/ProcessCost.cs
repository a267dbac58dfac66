using System.Diagnostics;
using System.Runtime;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// What this process spent between two instants: CPU of all its threads, methods the JIT compiled and its time, GC
/// pauses and bytes allocated. CPU time, unlike wall time, barely depends on what else the machine runs, so it is the
/// number to compare between runs on a shared machine.
/// </summary>
internal readonly record struct ProcessCost(TimeSpan Cpu, long JitMethods, TimeSpan Jit, TimeSpan GcPause, long AllocatedBytes)
{
    public static ProcessCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(process.TotalProcessorTime, JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime(), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
    }

    public static ProcessCost operator -(ProcessCost after, ProcessCost before) =>
        new(after.Cpu - before.Cpu, after.JitMethods - before.JitMethods, after.Jit - before.Jit, after.GcPause - before.GcPause, after.AllocatedBytes - before.AllocatedBytes);
}
