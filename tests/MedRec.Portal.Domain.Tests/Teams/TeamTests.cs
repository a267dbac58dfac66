using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Domain.Tests.Teams;

public sealed class TeamTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Founder = Guid.NewGuid();

    private static Team NewTeam(int maxSize = Team.DefaultMaxSize) =>
        Team.Create(Guid.NewGuid(), Guid.NewGuid(), "  演示队 Demo  ", null, Founder, Now, maxSize).Value;

    [Fact]
    public void FounderLeadsAndIsTheOnlyMember()
    {
        var team = NewTeam();
        team.Name.ShouldBe("演示队 Demo");
        team.LeaderId.ShouldBe(Founder);
        team.Members.ShouldHaveSingleItem().UserId.ShouldBe(Founder);
        team.Members[0].TaskId.ShouldBe(team.TaskId);
        team.MaxSize.ShouldBe(5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectsBlankName(string name)
    {
        Team.Create(Guid.NewGuid(), Guid.NewGuid(), name, null, Founder, Now).Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(Team.Name));
    }

    [Fact]
    public void RejectsOverlongName()
    {
        Team.Create(Guid.NewGuid(), Guid.NewGuid(), new string('x', Team.MaxNameLength + 1), null, Founder, Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void StopsJoiningAtTheSizeCap()
    {
        var team = NewTeam(maxSize: 3);
        team.AddMember(Guid.NewGuid(), Now);
        team.AddMember(Guid.NewGuid(), Now);
        team.IsFull.ShouldBeTrue();
        var error = team.CheckCanJoin(Guid.NewGuid()).ShouldNotBeNull();
        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.Message.ShouldContain("full (3 members)");
        Should.Throw<DomainRuleException>(() => team.AddMember(Guid.NewGuid(), Now));
        team.Members.Count.ShouldBe(3);
    }

    [Fact]
    public void RejectsJoiningTwice()
    {
        var team = NewTeam();
        team.CheckCanJoin(Founder).ShouldNotBeNull().Message.ShouldContain("already a member");
    }

    [Fact]
    public void LeaderCannotLeaveWhileOthersRemain()
    {
        var team = NewTeam();
        team.AddMember(Guid.NewGuid(), Now);
        team.CheckCanLeave(Founder).ShouldNotBeNull().Message.ShouldContain("transfer leadership");
    }

    [Fact]
    public void LastMemberMayLeave()
    {
        var team = NewTeam();
        team.CheckCanLeave(Founder).ShouldBeNull();
    }

    [Fact]
    public void MemberLeavingFreesASeat()
    {
        var team = NewTeam(maxSize: 2);
        var member = Guid.NewGuid();
        team.AddMember(member, Now);
        team.RemoveMember(member, Now.AddHours(1));
        team.IsMember(member).ShouldBeFalse();
        team.IsFull.ShouldBeFalse();
        team.UpdatedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void TransfersLeadershipOnlyToAMember()
    {
        var team = NewTeam();
        var outsider = Guid.NewGuid();
        team.CheckCanTransferLeadership(Founder, outsider).ShouldNotBeNull().Message.ShouldContain("member of the team");
        Should.Throw<DomainRuleException>(() => team.TransferLeadership(Founder, outsider, Now));

        var member = Guid.NewGuid();
        team.AddMember(member, Now);
        team.TransferLeadership(Founder, member, Now);
        team.LeaderId.ShouldBe(member);
        team.IsLeader(Founder).ShouldBeFalse();
    }

    [Fact]
    public void OnlyTheLeaderTransfersLeadership()
    {
        var team = NewTeam();
        var member = Guid.NewGuid();
        team.AddMember(member, Now);
        team.CheckCanTransferLeadership(member, member).ShouldNotBeNull().Code.ShouldBe(ErrorCodes.Forbidden);
    }
}
