using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Domain.Tests.Teams;

public sealed class TeamMergeTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid TaskId = Guid.NewGuid();

    private static Team NewTeam(string name, int members, int maxSize = Team.DefaultMaxSize, Guid? taskId = null)
    {
        var team = Team.Create(Guid.NewGuid(), taskId ?? TaskId, name, null, Guid.NewGuid(), Now.AddDays(-1), maxSize).Value;
        for (var i = 1; i < members; i++)
        {
            team.AddMember(Guid.NewGuid(), Now.AddDays(-1));
        }

        return team;
    }

    [Fact]
    public void MembersMoveToTheTargetWhichKeepsItsNameAndLeader()
    {
        var target = NewTeam("华西队", 2);
        var source = NewTeam("Second registration", 2);
        var leader = target.LeaderId;
        var moved = source.Members.Select(m => (m.UserId, m.JoinedAt)).ToList();
        var versions = (target.Version, source.Version);

        target.Absorb(source, Now);

        target.Name.ShouldBe("华西队");
        target.LeaderId.ShouldBe(leader);
        target.Members.Count.ShouldBe(4);
        target.Members.ShouldAllBe(m => m.TeamId == target.Id && m.TaskId == TaskId);
        moved.ShouldAllBe(m => target.Members.Any(x => x.UserId == m.UserId && x.JoinedAt == m.JoinedAt));
        source.Members.ShouldBeEmpty();
        source.MergedIntoTeamId.ShouldBe(target.Id);
        source.MergedAt.ShouldBe(Now);
        source.IsMerged.ShouldBeTrue();
        target.Version.ShouldNotBe(versions.Item1);
        source.Version.ShouldNotBe(versions.Item2);
    }

    [Fact]
    public void RefusesWhenTheMembersTogetherExceedTheSizeCap()
    {
        var target = NewTeam("A", 3, maxSize: 5);
        var source = NewTeam("B", 3);

        var error = target.CheckCanAbsorb(source).ShouldNotBeNull();

        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.Message.ShouldContain("gives 6 members, more than the team size cap of 5");
        Should.Throw<DomainRuleException>(() => target.Absorb(source, Now));
        source.Members.Count.ShouldBe(3);
    }

    [Fact]
    public void MembersExactlyFillingTheCapMayMerge() => NewTeam("A", 3, maxSize: 5).CheckCanAbsorb(NewTeam("B", 2)).ShouldBeNull();

    [Fact]
    public void RefusesTheSameTeamTeamsOfAnotherTaskAndMergedTeams()
    {
        var target = NewTeam("A", 1);
        target.CheckCanAbsorb(target).ShouldNotBeNull().Message.ShouldContain("cannot be merged into itself");
        target.CheckCanAbsorb(NewTeam("Other task", 1, taskId: Guid.NewGuid())).ShouldNotBeNull().Message.ShouldContain("different tasks");

        var source = NewTeam("B", 1);
        target.Absorb(source, Now);
        NewTeam("C", 1).CheckCanAbsorb(source).ShouldNotBeNull().Message.ShouldContain("was already merged into another team");
        target.CheckCanAbsorb(source).ShouldBeNull("merging again into the same team sweeps up late uploads");
        source.CheckCanAbsorb(NewTeam("D", 1)).ShouldNotBeNull().Message.ShouldContain("merge into that team instead");
    }

    [Fact]
    public void AMergedTeamTakesNoMembersHasNoLeaderAndIssuesNoInvitations()
    {
        var target = NewTeam("A", 1);
        var source = NewTeam("B", 1);
        var invitation = source.Invite(Guid.NewGuid(), TeamInvitation.NewCode(), source.LeaderId, Now.AddHours(-1), TimeSpan.FromDays(1));
        var formerLeader = source.LeaderId;

        target.Absorb(source, Now);

        invitation.RevokedAt.ShouldBe(Now);
        source.CheckCanJoin(Guid.NewGuid()).ShouldNotBeNull().Message.ShouldContain("was merged into another team");
        source.IsLeader(formerLeader).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => source.Invite(Guid.NewGuid(), TeamInvitation.NewCode(), formerLeader, Now, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void ReleaseGivesTheMovedMembersBackWithTheirJoinTimesAndLeader()
    {
        var target = NewTeam("A", 2);
        var source = NewTeam("B", 3);
        var sourceLeader = source.LeaderId;
        var moved = source.Members.Select(m => (m.UserId, m.JoinedAt)).ToList();
        var targetMembers = target.Members.Select(m => m.UserId).ToList();
        target.Absorb(source, Now);
        var versions = (target.Version, source.Version);

        var back = target.Release(source, moved, Now.AddDays(1));

        back.ShouldBe(moved.Select(m => m.UserId), ignoreOrder: true);
        source.IsMerged.ShouldBeFalse();
        source.MergedAt.ShouldBeNull();
        source.LeaderId.ShouldBe(sourceLeader);
        source.IsLeader(sourceLeader).ShouldBeTrue();
        source.Members.Select(m => (m.UserId, m.JoinedAt)).ShouldBe(moved, ignoreOrder: true);
        source.Members.ShouldAllBe(m => m.TeamId == source.Id && m.TaskId == TaskId);
        target.Members.Select(m => m.UserId).ShouldBe(targetMembers, ignoreOrder: true);
        target.Version.ShouldNotBe(versions.Item1);
        source.Version.ShouldNotBe(versions.Item2);
        target.CheckCanAbsorb(source).ShouldBeNull("once undone, the two teams may be merged again");
    }

    [Fact]
    public void AMovedMemberWhoLeftStaysOutAndTheEarliestReturningMemberLeadsWhenTheLeaderLeft()
    {
        var target = NewTeam("A", 1);
        var source = NewTeam("B", 1);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        source.AddMember(second, Now.AddHours(-2));
        source.AddMember(first, Now.AddHours(-20));
        var formerLeader = source.LeaderId;
        var moved = source.Members.Select(m => (m.UserId, m.JoinedAt)).ToList();
        target.Absorb(source, Now);
        target.RemoveMember(formerLeader, Now.AddHours(1));

        var back = target.Release(source, moved, Now.AddDays(1));

        back.ShouldBe([first, second], ignoreOrder: true);
        source.IsMember(formerLeader).ShouldBeFalse();
        source.LeaderId.ShouldBe(first, "the earliest joined of those who come back");
        target.IsMember(formerLeader).ShouldBeFalse();
    }

    [Fact]
    public void ReleaseRefusesWhenTheLeaderCameFromTheSourceOrNobodyOfItIsLeft()
    {
        var target = NewTeam("A", 1);
        var source = NewTeam("B", 1);
        var moved = source.Members.Select(m => (m.UserId, m.JoinedAt)).ToList();
        var ids = moved.Select(m => m.UserId).ToList();
        target.CheckCanRelease(source, ids).ShouldNotBeNull().Message.ShouldContain("is not merged into \"A\"");
        target.Absorb(source, Now);

        target.TransferLeadership(target.LeaderId, ids[0], Now);
        var leader = target.CheckCanRelease(source, ids).ShouldNotBeNull();
        leader.Code.ShouldBe(ErrorCodes.Conflict);
        leader.Message.ShouldContain("hand the leadership of \"A\" to one of its own members first");
        Should.Throw<DomainRuleException>(() => target.Release(source, moved, Now));

        target.TransferLeadership(ids[0], target.Members.First(m => m.UserId != ids[0]).UserId, Now);
        target.RemoveMember(ids[0], Now);
        target.CheckCanRelease(source, ids).ShouldNotBeNull().Message.ShouldContain("\"B\" would have no members");
        source.IsMerged.ShouldBeTrue();
    }

    [Fact]
    public void ReleaseRefusesWhenTheTargetWasMergedOnSince()
    {
        var target = NewTeam("A", 1);
        var source = NewTeam("B", 1);
        var ids = source.Members.Select(m => m.UserId).ToList();
        target.Absorb(source, Now);
        NewTeam("C", 1).Absorb(target, Now);

        target.CheckCanRelease(source, ids).ShouldNotBeNull().Message.ShouldContain("undo that merge first");
    }
}
