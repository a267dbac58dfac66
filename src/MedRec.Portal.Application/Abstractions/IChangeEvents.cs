namespace MedRec.Portal.Application.Abstractions;

/// <summary>
/// In-process notifications of one kind of change, so open pages can refresh live (the Web project's
/// <c>LiveFeed</c> subscribes a component to one). Handlers run on the publisher's thread: keep them short and
/// never throw.
/// </summary>
public interface IChangeEvents<TChange>
{
    event EventHandler<TChange>? Changed;

    void Publish(TChange change);
}
