using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Tests.Shared.Portal;

public static class ResultAssertions
{
    public static T ShouldSucceed<T>(this Result<T> result)
    {
        result.IsSuccess.ShouldBeTrue(result.ToString());
        return result.Value;
    }

    public static void ShouldSucceed(this Result result) => result.IsSuccess.ShouldBeTrue(result.ToString());

    public static Error ShouldFailWith(this Result result, string code)
    {
        result.IsFailure.ShouldBeTrue("expected a failure");
        result.ErrorCode.ShouldBe(code, result.ToString());
        return result.Errors[0];
    }
}
