using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Common.Authorization;

/// <summary>Builds a failed <see cref="Result"/> or <see cref="Result{T}"/> when only the response type is known.</summary>
public static class FailureResponses
{
    /// <summary>True when <paramref name="responseType"/> can carry an error (a <c>Result</c> or <c>Result&lt;T&gt;</c>).</summary>
    public static bool CanCarry(Type responseType)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        return responseType == typeof(Result)
            || (responseType.IsGenericType && responseType.GetGenericTypeDefinition() == typeof(Result<>));
    }

    public static TResponse Create<TResponse>(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (typeof(TResponse) == typeof(Result))
        {
            return (TResponse)(object)Result.Failure(error);
        }

        if (!CanCarry(typeof(TResponse)))
        {
            throw new InvalidOperationException(
                $"{typeof(TResponse)} cannot carry an error: messages the pipeline may refuse must answer with Result or Result<T>.");
        }

        var failure = typeof(TResponse).GetMethod(nameof(Result.Failure), [typeof(Error)])
            ?? throw new InvalidOperationException($"{typeof(TResponse)} has no Failure(Error).");
        return (TResponse)failure.Invoke(null, [error])!;
    }
}
