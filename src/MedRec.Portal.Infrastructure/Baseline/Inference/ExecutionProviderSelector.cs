namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>
/// Picks CUDA when ONNX Runtime reports its provider, the CPU otherwise. The check matters: with the CPU-only
/// package, <c>AppendExecutionProvider_CUDA</c> throws <see cref="EntryPointNotFoundException"/> instead of a
/// runtime error, so it is only called when the provider list names CUDA.
/// </summary>
public static class ExecutionProviderSelector
{
    /// <summary>The name ONNX Runtime gives the CUDA provider.</summary>
    public const string CudaProviderName = "CUDAExecutionProvider";

    /// <summary>Chooses from the providers the runtime reports (<c>OrtEnv.Instance().GetAvailableProviders()</c>).</summary>
    /// <param name="availableProviders">Provider names as ONNX Runtime reports them.</param>
    /// <param name="allowGpu">False forces the CPU (configuration <c>Baseline:UseGpu</c>).</param>
    public static ExecutionProviderChoice Select(IEnumerable<string> availableProviders, bool allowGpu)
    {
        ArgumentNullException.ThrowIfNull(availableProviders);
        var names = availableProviders.ToArray();
        if (!allowGpu)
        {
            return new ExecutionProviderChoice(BaselineExecutionProvider.Cpu, "GPU use is switched off by configuration");
        }

        return names.Contains(CudaProviderName, StringComparer.Ordinal)
            ? new ExecutionProviderChoice(BaselineExecutionProvider.Cuda, "ONNX Runtime reports the CUDA provider")
            : new ExecutionProviderChoice(BaselineExecutionProvider.Cpu, $"no CUDA provider in this ONNX Runtime build (available: {string.Join(", ", names)})");
    }
}
