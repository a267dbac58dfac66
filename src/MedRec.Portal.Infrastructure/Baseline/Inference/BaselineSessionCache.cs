using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>
/// One <see cref="InferenceSession"/> per model, keyed by the package hash, created once even when several
/// threads ask at the same time. Loading a graph costs far more than running a small batch, so sessions live as
/// long as the cache (a singleton in the host).
/// </summary>
public sealed partial class BaselineSessionCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<BaselineSession>> _sessions = new(StringComparer.Ordinal);
    private readonly ILogger<BaselineSessionCache> _logger;
    private readonly bool _allowGpu;
    private readonly Func<IReadOnlyList<string>> _availableProviders;
    private bool _disposed;

    /// <summary>Creates the cache.</summary>
    /// <param name="logger">Logs the provider each model runs on.</param>
    /// <param name="allowGpu">False keeps every model on the CPU.</param>
    /// <param name="availableProviders">The providers of this ONNX Runtime build; defaults to the runtime's list.</param>
    public BaselineSessionCache(ILogger<BaselineSessionCache> logger, bool allowGpu = true, Func<IReadOnlyList<string>>? availableProviders = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _allowGpu = allowGpu;
        _availableProviders = availableProviders ?? (() => OrtEnv.Instance().GetAvailableProviders());
    }

    /// <summary>The session for the model with this hash, created from <paramref name="modelBytes"/> on first use.</summary>
    /// <exception cref="OnnxRuntimeException">The bytes are not a graph ONNX Runtime can load.</exception>
    public BaselineSession GetOrCreate(string packageHash, byte[] modelBytes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lazy = _sessions.GetOrAdd(packageHash, _ => new Lazy<BaselineSession>(() => Create(packageHash, modelBytes), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failed load is not kept: the next call tries again (the failure may have been transient).
            _sessions.TryRemove(new KeyValuePair<string, Lazy<BaselineSession>>(packageHash, lazy));
            throw;
        }
    }

    /// <summary>Drops and disposes the session of this hash (a package that failed validation).</summary>
    public void Remove(string packageHash)
    {
        if (_sessions.TryRemove(packageHash, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Dispose();
        }
    }

    /// <summary>How many sessions are cached.</summary>
    public int Count => _sessions.Count;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var lazy in _sessions.Values.Where(l => l.IsValueCreated))
        {
            lazy.Value.Dispose();
        }

        _sessions.Clear();
    }

    private BaselineSession Create(string packageHash, byte[] modelBytes)
    {
        var choice = ExecutionProviderSelector.Select(_availableProviders(), _allowGpu);
        if (choice.Provider == BaselineExecutionProvider.Cuda)
        {
            try
            {
                using var gpuOptions = new SessionOptions();
                gpuOptions.AppendExecutionProvider_CUDA(0);
                var gpuSession = new InferenceSession(modelBytes, gpuOptions);
                LogProvider(packageHash, choice.Provider, choice.Reason);
                return new BaselineSession(gpuSession, BaselineExecutionProvider.Cuda);
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
            {
                // The provider is listed but cannot start: no usable GPU, missing CUDA/cuDNN libraries, or (with the
                // CPU-only package) no CUDA entry point at all. The CPU still gives the same results, only slower.
                LogGpuFallback(ex, packageHash);
                choice = new ExecutionProviderChoice(BaselineExecutionProvider.Cpu, "the CUDA provider failed to start: " + ex.Message);
            }
        }

        using var options = new SessionOptions();
        var session = new InferenceSession(modelBytes, options);
        LogProvider(packageHash, choice.Provider, choice.Reason);
        return new BaselineSession(session, BaselineExecutionProvider.Cpu);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Baseline model {PackageHash} runs on {Provider}: {Reason}")]
    private partial void LogProvider(string packageHash, BaselineExecutionProvider provider, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Baseline model {PackageHash}: the CUDA provider failed, falling back to the CPU")]
    private partial void LogGpuFallback(Exception exception, string packageHash);
}
