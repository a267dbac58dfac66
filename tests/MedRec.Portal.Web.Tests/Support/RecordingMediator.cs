using System.Reflection;
using Mediator;

namespace MedRec.Portal.Web.Tests.Support;

/// <summary>An <see cref="IMediator"/> that only records what was sent (components under test must not send).</summary>
public class RecordingMediator : DispatchProxy
{
    public List<string> Calls { get; } = [];

    /// <summary>A mediator proxy and its call log.</summary>
    public static (IMediator Mediator, RecordingMediator Recorder) Create()
    {
        var mediator = Create<IMediator, RecordingMediator>();
        return (mediator, (RecordingMediator)(object)mediator);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Calls.Add(targetMethod?.Name ?? "?");
        throw new InvalidOperationException($"unexpected {targetMethod?.Name} call");
    }
}
