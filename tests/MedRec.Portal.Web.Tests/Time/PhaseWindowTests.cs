using MedRec.Portal.Web.Time;

namespace MedRec.Portal.Web.Tests.Time;

public sealed class PhaseWindowTests
{
    private static readonly DateTime Opens = new(2025, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Closes = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(-1, PhaseWindowState.Upcoming)]
    [InlineData(0, PhaseWindowState.Open)]
    [InlineData(10, PhaseWindowState.Open)]
    public void WindowOpensAtItsOpeningInstant(int secondsAfterOpening, PhaseWindowState expected) =>
        PhaseWindow.StateAt(Opens, Closes, Opens.AddSeconds(secondsAfterOpening)).ShouldBe(expected);

    [Theory]
    [InlineData(-1, PhaseWindowState.Open)]
    [InlineData(0, PhaseWindowState.Closed)]
    [InlineData(1, PhaseWindowState.Closed)]
    public void WindowClosesAtItsClosingInstant(int secondsAfterClosing, PhaseWindowState expected) =>
        PhaseWindow.StateAt(Opens, Closes, Closes.AddSeconds(secondsAfterClosing)).ShouldBe(expected);
}
