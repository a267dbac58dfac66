namespace MedRec.Portal.Infrastructure.Scaling;

/// <summary>
/// Messages between the portal's processes: events (submissions, boards, baseline runs) and work signals. Without
/// <c>ConnectionStrings:Redis</c> there is one process and nothing to send (<see cref="LocalOnlyBus"/>); with it, Redis
/// pub/sub (<see cref="RedisBus"/>). Delivery is best effort, as pub/sub is: a message lost while Redis reconnects
/// costs a poll interval for a worker, and boards re-check their fingerprint before reuse, so nothing goes wrong,
/// it only arrives later. A process never receives its own messages.
/// </summary>
public interface IPortalBus
{
    /// <summary>Whether other processes can hear this one (tests and the health line).</summary>
    bool IsShared { get; }

    /// <summary>Sends <paramref name="message"/> (JSON) on <paramref name="channel"/> to every other process.</summary>
    void Publish(string channel, string message);

    /// <summary>Calls <paramref name="handler"/> with each message another process sends on <paramref name="channel"/>.</summary>
    void Subscribe(string channel, Action<string> handler);
}

/// <summary>One process: nobody to tell.</summary>
internal sealed class LocalOnlyBus : IPortalBus
{
    public bool IsShared => false;

    public void Publish(string channel, string message)
    {
    }

    public void Subscribe(string channel, Action<string> handler)
    {
    }
}
