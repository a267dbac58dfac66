using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>A loaded ONNX graph and the provider it runs on. <see cref="InferenceSession.Run(IReadOnlyCollection{NamedOnnxValue})"/> is thread-safe, so one is shared.</summary>
public sealed class BaselineSession : IDisposable
{
    internal BaselineSession(InferenceSession session, BaselineExecutionProvider provider)
    {
        Session = session;
        Provider = provider;
    }

    /// <summary>The ONNX Runtime session.</summary>
    public InferenceSession Session { get; }

    /// <summary>The provider the session runs on.</summary>
    public BaselineExecutionProvider Provider { get; }

    /// <inheritdoc />
    public void Dispose() => Session.Dispose();
}
