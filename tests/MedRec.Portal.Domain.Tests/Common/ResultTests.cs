using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Tests.Common;

public sealed class ResultTests
{
    [Fact]
    public void FailureCarriesItsErrorsAndNoValue()
    {
        Result<int> result = Error.NotFound("The team");
        result.IsFailure.ShouldBeTrue();
        result.ErrorCode.ShouldBe(ErrorCodes.NotFound);
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("The team was not found.");
        Should.Throw<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void FailureNeedsAtLeastOneError()
    {
        Should.Throw<ArgumentException>(() => Result.Failure([]));
    }

    [Fact]
    public void SuccessCarriesTheValue()
    {
        Result<string> result = "ok";
        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe("ok");
        result.ErrorCode.ShouldBeNull();
    }
}
