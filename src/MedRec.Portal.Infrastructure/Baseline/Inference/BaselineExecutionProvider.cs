namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>Where ONNX Runtime runs a model.</summary>
public enum BaselineExecutionProvider
{
    /// <summary>The CPU provider, always available.</summary>
    Cpu,

    /// <summary>The CUDA provider (an NVIDIA GPU and the Microsoft.ML.OnnxRuntime.Gpu build).</summary>
    Cuda,
}
