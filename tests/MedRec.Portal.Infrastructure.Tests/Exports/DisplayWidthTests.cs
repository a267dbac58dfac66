using MedRec.Portal.Infrastructure.Exports;

namespace MedRec.Portal.Infrastructure.Tests.Exports;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Team Alice", 10)]
    [InlineData("华西医院", 8)]
    [InlineData("队伍A（2）", 10)]
    [InlineData("、。「」", 8)]
    [InlineData("𠀀", 2)]
    [InlineData("short\n华西医院临床智能队\nx", 18)]
    [InlineData("Cafe\u0301 华", 7)] // a combining accent belongs to its letter
    public void CountsChineseAndFullWidthCharactersDouble(string text, int width) => DisplayWidth.Of(text).ShouldBe(width);

    [Fact]
    public void ABrokenSurrogateCountsAsOneInsteadOfFailingTheExport() =>
        DisplayWidth.Of("lone " + '\uD800' + " half").ShouldBe(11); // built at run time: attribute strings cannot hold one

    [Fact]
    public void ColumnsFitTheTextWithinBounds()
    {
        DisplayWidth.Column(0).ShouldBe(DisplayWidth.MinColumnWidth);
        DisplayWidth.Column(18).ShouldBe(21);
        DisplayWidth.Column(10_000).ShouldBe(DisplayWidth.MaxColumnWidth);
    }
}
