using MedRec.Portal.Infrastructure.Exports;

namespace MedRec.Portal.Infrastructure.Tests.Exports;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("A live board", "A live board")]
    [InlineData("B/C: [final]*?", "B-C- -final---")]
    [InlineData("back\\slash", "back-slash")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("", "Sheet")]
    [InlineData("   ", "Sheet")]
    [InlineData("history", "Sheet")]
    [InlineData("tab\tand\nnewline", "tabandnewline")]
    public void CleansTitlesIntoNamesExcelAccepts(string title, string expected) => SheetNames.Clean(title).ShouldBe(expected);

    [Fact]
    public void CutsLongTitlesToThirtyOneCharacters()
    {
        var name = SheetNames.Clean("第一阶段（初赛）实时排行榜 — Preliminary round live leaderboard");

        name.Length.ShouldBeLessThanOrEqualTo(SheetNames.MaxLength);
        name.ShouldStartWith("第一阶段（初赛）实时排行榜");
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        var title = new string('x', 30) + "𠀀tail";

        var name = SheetNames.Clean(title);

        name.ShouldBe(new string('x', 30));
    }

    [Fact]
    public void TitlesThatCollideGetNumberedNamesWithinTheLimit()
    {
        var names = new SheetNames();
        var longTitle = new string('L', 40);

        names.Claim("A live board").ShouldBe("A live board");
        names.Claim("a LIVE board").ShouldBe("a LIVE board (2)");
        names.Claim(longTitle).ShouldBe(new string('L', 31));
        var second = names.Claim(longTitle);
        second.ShouldBe(new string('L', 27) + " (2)");
        second.Length.ShouldBe(31);
    }
}
