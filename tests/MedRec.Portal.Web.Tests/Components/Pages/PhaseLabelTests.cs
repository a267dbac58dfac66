using MedRec.Portal.Web.Components.Pages.Home;

namespace MedRec.Portal.Web.Tests.Components.Pages;

public sealed class PhaseLabelTests
{
    [Theory]
    [InlineData("A", "", "A")]
    [InlineData("A", "Preliminary", "A · Preliminary")]
    [InlineData("A", "Leaderboard A", "Leaderboard A")]
    [InlineData("A", "A", "A")]
    public void NamesAPhaseWithoutSayingItsCodeTwice(string code, string englishName, string expected) =>
        TaskCards.PhaseLabel(code, "", englishName).ShouldBe(expected);
}
