namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>The provider chosen and why, for the run result and the log.</summary>
public sealed record ExecutionProviderChoice(BaselineExecutionProvider Provider, string Reason);
