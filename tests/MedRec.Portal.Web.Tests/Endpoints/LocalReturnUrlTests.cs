using MedRec.Portal.Web.Endpoints;

namespace MedRec.Portal.Web.Tests.Endpoints;

public sealed class CultureEndpointTests
{
    [Theory]
    [InlineData("/tasks/cdrugred", "/tasks/cdrugred")]
    [InlineData("/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void RedirectsOnlyWithinThePortal(string? requested, string expected) =>
        CultureEndpoint.SafeLocal(requested).ShouldBe(expected);
}
