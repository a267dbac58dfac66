using MedRec.Portal.Application.Abstractions;

namespace MedRec.Portal.Application.Features.Baselines.Runs;

/// <summary>
/// Receives the runner's progress on its own thread, synchronously (unlike <see cref="Progress{T}"/>, which would
/// post and reorder), publishes it at once for live pages, and keeps the latest value for the next heartbeat save.
/// </summary>
internal sealed class RunProgressTracker(Action<BaselineRunTick> publish) : IProgress<BaselineRunTick>
{
    private BaselineRunTick? _latest;

    public BaselineRunTick? Latest => Volatile.Read(ref _latest);

    public void Report(BaselineRunTick value)
    {
        Volatile.Write(ref _latest, value);
        publish(value);
    }
}
