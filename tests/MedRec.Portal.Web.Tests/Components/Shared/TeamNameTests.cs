using Bunit;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Shared;

public sealed class TeamNameTests : PortalComponentTest
{
    [Fact]
    public void RendersAScriptTagInATeamNameAsPlainText()
    {
        const string hostile = "<script>alert('x')</script><b>Team</b>";

        var cut = Context.Render<TeamName>(parameters => parameters.Add(p => p.Name, hostile));

        cut.FindAll("script").ShouldBeEmpty();
        cut.FindAll("b").ShouldBeEmpty();
        cut.Find(".portal-team-name").TextContent.ShouldBe(hostile);
        cut.Markup.ShouldContain("&lt;script&gt;");
    }
}
