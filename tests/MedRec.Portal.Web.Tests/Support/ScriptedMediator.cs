using System.Reflection;
using Mediator;

namespace MedRec.Portal.Web.Tests.Support;

/// <summary>
/// An <see cref="IMediator"/> that answers the messages a test scripts (by message type) and records every
/// message sent; any other message fails the test.
/// </summary>
public class ScriptedMediator : DispatchProxy
{
    private readonly Dictionary<Type, Func<object, object>> _answers = [];

    public List<object> Sent { get; } = [];

    public static (IMediator Mediator, ScriptedMediator Script) Create()
    {
        var mediator = Create<IMediator, ScriptedMediator>();
        return (mediator, (ScriptedMediator)(object)mediator);
    }

    /// <summary>Answers every <typeparamref name="TMessage"/> with <paramref name="answer"/>.</summary>
    public ScriptedMediator Answer<TMessage>(Func<TMessage, object> answer)
    {
        _answers[typeof(TMessage)] = message => answer((TMessage)message);
        return this;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var message = args?[0] ?? throw new InvalidOperationException($"{targetMethod.Name} without a message");
        Sent.Add(message);
        if (!_answers.TryGetValue(message.GetType(), out var answer))
        {
            throw new InvalidOperationException($"unexpected {message.GetType().Name}");
        }

        // Send<TResponse> returns ValueTask<TResponse>: wrap the scripted answer in one.
        var response = targetMethod.ReturnType.GetGenericArguments()[0];
        return Activator.CreateInstance(typeof(ValueTask<>).MakeGenericType(response), answer(message));
    }
}
