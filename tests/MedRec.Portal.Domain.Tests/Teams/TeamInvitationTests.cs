using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;

namespace MedRec.Portal.Domain.Tests.Teams;

public sealed class TeamInvitationTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    private static TeamInvitation NewInvitation(TimeSpan lifetime)
    {
        var leader = Guid.NewGuid();
        var team = Team.Create(Guid.NewGuid(), Guid.NewGuid(), "Team", null, leader, Now).Value;
        return team.Invite(Guid.NewGuid(), TeamInvitation.NewCode(), leader, Now, lifetime);
    }

    [Fact]
    public void IsUsableUntilItExpires()
    {
        var invitation = NewInvitation(TimeSpan.FromDays(7));
        invitation.ExpiresAt.ShouldBe(Now.AddDays(7));
        invitation.IsUsableAt(Now).ShouldBeTrue();
        invitation.IsUsableAt(Now.AddDays(7).AddTicks(-1)).ShouldBeTrue();
        invitation.CheckUsableAt(Now.AddDays(7)).ShouldNotBeNull().Message.ShouldContain("expired");
    }

    [Fact]
    public void RevokedInvitationCannotBeUsed()
    {
        var invitation = NewInvitation(TimeSpan.FromDays(7));
        invitation.Revoke(Now.AddHours(1));
        invitation.CheckUsableAt(Now.AddHours(2)).ShouldNotBeNull().Message.ShouldContain("revoked");
    }

    [Fact]
    public void RefusesLifetimesOutsideTheAllowedRange()
    {
        Should.Throw<DomainRuleException>(() => NewInvitation(TimeSpan.Zero));
        Should.Throw<DomainRuleException>(() => NewInvitation(TeamInvitation.MaxLifetime + TimeSpan.FromDays(1)));
    }

    [Fact]
    public void CodesAreLongRandomAndUrlSafe()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => TeamInvitation.NewCode()).ToList();
        codes.Distinct().Count().ShouldBe(200);
        codes.ShouldAllBe(c => c.Length == 16 && c.All(char.IsAsciiLetterOrDigit));
        string.Concat(codes).IndexOfAny(['0', 'O', '1', 'l', 'I']).ShouldBe(-1);
    }
}
