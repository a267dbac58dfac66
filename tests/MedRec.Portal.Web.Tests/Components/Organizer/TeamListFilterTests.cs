using MedRec.Portal.Application.Features.Teams.ListTeams;
using MedRec.Portal.Web.Components.Pages.Organizer;

namespace MedRec.Portal.Web.Tests.Components.Organizer;

public sealed class TeamListFilterTests
{
    private static readonly TeamListItem[] Teams =
    [
        Team("演示·杏林 Demo Xinglin", "张三", "cdrugred"),
        Team("演示·杏林 Demo Xinglin", "张三", "icd"),
        Team("Team Mei", "Mei", "cdrugred"),
        Team("北大医信", "Ｌｉｎ", "icd"),
    ];

    [Fact]
    public void AnEmptyFilterShowsEveryTeam()
    {
        Teams.Where(new TeamListFilter().Matches).Count().ShouldBe(4);
    }

    [Fact]
    public void SearchFindsTeamNamesIgnoringCaseAndWidth()
    {
        Teams.Where(new TeamListFilter(Search: "demo xinglin").Matches).Count().ShouldBe(2);
        Teams.Where(new TeamListFilter(Search: "杏林").Matches).Count().ShouldBe(2);
        Teams.Where(new TeamListFilter(Search: "  mei ").Matches).Single().Name.ShouldBe("Team Mei");
    }

    [Fact]
    public void SearchFindsTheLeaderToo()
    {
        Teams.Where(new TeamListFilter(Search: "lin").Matches).Select(t => t.Name).ShouldBe(["演示·杏林 Demo Xinglin", "演示·杏林 Demo Xinglin", "北大医信"]);
        Teams.Where(new TeamListFilter(Search: "张三").Matches).Count().ShouldBe(2);
    }

    [Fact]
    public void TheTaskFilterKeepsOneTasksTeams()
    {
        Teams.Where(new TeamListFilter(TaskSlug: "icd").Matches).Select(t => t.Name).ShouldBe(["演示·杏林 Demo Xinglin", "北大医信"]);
        Teams.Where(new TeamListFilter(Search: "Xinglin", TaskSlug: "icd").Matches).Count().ShouldBe(1);
    }

    private static TeamListItem Team(string name, string leader, string slug) =>
        new(Guid.NewGuid(), Guid.NewGuid(), slug, name, leader, 1, 5, new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), null);
}
