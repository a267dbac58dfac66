using MedRec.Portal.Web.Endpoints;

namespace MedRec.Portal.Web.Tests.Endpoints;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/tasks/cdrugred", "/tasks/cdrugred")]
    [InlineData("/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    [InlineData("/\tevil", "/")]
    [InlineData("/tasks\r\nSet-Cookie: x=1", "/")]
    [InlineData("/a\nb", "/")]
    public void RedirectsOnlyWithinThePortal(string? requested, string expected) =>
        LocalReturnUrl.Sanitize(requested).ShouldBe(expected);

    [Fact]
    public void NonAsciiIsPercentEncodedSoTheLocationHeaderCanCarryIt() =>
        LocalReturnUrl.Sanitize("/tasks/北京?tab=data&q=é").ShouldBe("/tasks/%E5%8C%97%E4%BA%AC?tab=data&q=%C3%A9");
}
