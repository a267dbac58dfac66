using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Domain.Tests.Registrations;

public sealed class TeamRegistrationTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly Guid Organizer = Guid.NewGuid();

    private static TeamRegistration NewRegistration() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Leader, Now, "2025.1");

    [Fact]
    public void StartsPendingWithWhoAcceptedTheTermsAndWhen()
    {
        var registration = NewRegistration();
        registration.Status.ShouldBe(RegistrationStatus.Pending);
        registration.TermsAcceptedByUserId.ShouldBe(Leader);
        registration.TermsAcceptedAt.ShouldBe(Now);
        registration.TermsVersion.ShouldBe("2025.1");
    }

    [Fact]
    public void ApprovalRecordsTheOrganiserAndTime()
    {
        var registration = NewRegistration();
        registration.Approve(Organizer, Now.AddHours(2));
        registration.IsApproved.ShouldBeTrue();
        registration.DecidedByUserId.ShouldBe(Organizer);
        registration.DecidedAt.ShouldBe(Now.AddHours(2));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RejectionNeedsAReason(string? reason)
    {
        TeamRegistration.CheckRejectionReason(reason).ShouldNotBeNull().Code.ShouldBe(ErrorCodes.Validation);
        Should.Throw<DomainRuleException>(() => NewRegistration().Reject(Organizer, reason!, Now));
    }

    [Fact]
    public void RejectedTeamMayApplyAgain()
    {
        var registration = NewRegistration();
        registration.Reject(Organizer, "  Affiliation missing ", Now);
        registration.DecisionReason.ShouldBe("Affiliation missing");
        registration.Resubmit(Leader, Now.AddDays(1), "2025.1");
        registration.Status.ShouldBe(RegistrationStatus.Pending);
        registration.TermsAcceptedAt.ShouldBe(Now.AddDays(1));
        registration.DecidedAt.ShouldBeNull();
    }

    [Fact]
    public void OnlyRejectedRegistrationsAreResubmitted()
    {
        Should.Throw<DomainRuleException>(() => NewRegistration().Resubmit(Leader, Now, "2025.1"));
    }
}
