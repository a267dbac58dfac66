using System.Net;
using MedRec.Portal.Application.Features.Teams.CreateInvitation;
using MedRec.Portal.Application.Features.Teams.JoinTeam;
using MedRec.Portal.FunctionalTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Teams;

public sealed class TeamPageTests : SqlitePortalTest
{
    private Scenario? _data;

    private Scenario Data => _data ?? throw new InvalidOperationException("not initialised");

    public override async ValueTask InitializeAsync() => _data = await Scenario.BuildAsync(Factory);

    [Fact]
    public async Task TheLeaderSeesTheInvitationCodeAndAJoinLink()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        var invitation = await mediator.Send(new CreateInvitationCommand(Data.ApprovedMember, Data.ApprovedTeamId));
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        var page = await browser.GetAsync($"/teams/{Data.ApprovedTeamId}");

        page.Html.ShouldContain(invitation.Value.Code);
        page.Html.ShouldContain($"/teams/join?code={Uri.EscapeDataString(invitation.Value.Code)}");
    }

    [Fact]
    public async Task TheTeamPageNamesItsTaskByTitleNotByUrlName()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.ApprovedEmail);

        var page = await browser.GetAsync($"/teams/{Data.ApprovedTeamId}");

        page.Html.ShouldContain("Task: Discharge medication (test)");
        page.Html.ShouldNotContain($"Task: {Scenario.Slug}");
    }

    [Fact]
    public async Task AJoinedMemberSeesTheTeamAmongTheirTeams()
    {
        var mediator = Factory.Services.GetRequiredService<IMediator>();
        var invitation = await mediator.Send(new CreateInvitationCommand(Data.ApprovedMember, Data.ApprovedTeamId));
        (await mediator.Send(new JoinTeamCommand(Data.Loner, invitation.Value.Code))).IsSuccess.ShouldBeTrue();
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.LonerEmail);

        var teams = await browser.GetAsync("/teams");
        var team = await browser.GetAsync($"/teams/{Data.ApprovedTeamId}");

        teams.Html.ShouldContain("Team Alice");
        teams.Html.ShouldContain("Approved");
        team.Html.ShouldContain("data-testid=\"leave-team\"");
        team.Html.ShouldNotContain("data-testid=\"invitations\"");
    }

    [Fact]
    public async Task TheTaskPageShowsTheViewersTeamAndItsRegistration()
    {
        using var alice = Browser();
        await alice.LogInSuccessfullyAsync(Scenario.ApprovedEmail);
        using var bob = Browser();
        await bob.LogInSuccessfullyAsync(Scenario.OtherEmail);

        var approved = await alice.GetAsync($"/tasks/{Scenario.Slug}");
        var pending = await bob.GetAsync($"/tasks/{Scenario.Slug}");

        approved.Html.ShouldContain("Team Alice");
        approved.Html.ShouldContain("Your team is approved");
        pending.Html.ShouldContain("Pending approval");
    }

    [Fact]
    public async Task AnInvitationLinkOpensTheJoinPageWithTheCodeFilledIn()
    {
        using var browser = Browser();
        await browser.LogInSuccessfullyAsync(Scenario.LonerEmail);

        var page = await browser.GetAsync("/teams/join?code=ABC123");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("value=\"ABC123\"");
    }
}
