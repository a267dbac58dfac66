using MedRec.Portal.Infrastructure.Events;
using Shouldly;

namespace MedRec.Portal.Infrastructure.Tests.Events;

public sealed class InProcessEventTests
{
    private event EventHandler<int>? Changed;

    [Fact]
    public void ASubscriberThatThrowsIsReportedAndTheOthersStillHearTheChange()
    {
        var heard = new List<string>();
        Changed += (_, change) => heard.Add($"first {change}");
        Changed += (_, _) => throw new InvalidOperationException("a closed page");
        Changed += (_, change) => heard.Add($"third {change}");
        var failures = new List<Exception>();

        InProcessEvent.Raise(Changed, this, 7, failures.Add);

        heard.ShouldBe(["first 7", "third 7"]);
        failures.ShouldHaveSingleItem().Message.ShouldBe("a closed page");
    }

    [Fact]
    public void NoSubscribersIsNotAnError()
    {
        var failures = new List<Exception>();

        InProcessEvent.Raise(Changed, this, 7, failures.Add);

        failures.ShouldBeEmpty();
    }
}
