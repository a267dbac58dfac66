using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Submissions;

namespace MedRec.Portal.Domain.Tests.Submissions;

public sealed class SubmissionTests
{
    private static readonly DateTime Now = new(2025, 6, 10, 4, 0, 0, DateTimeKind.Utc);

    private static Submission Queued() => Submission.Queue(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, new DateOnly(2025, 6, 10), " note ",
        new StoredFileFacts("p.json", new string('a', 64), 2, 100, 50), "{}", 0, counted: true, "Counted", duplicateOf: null);

    [Fact]
    public void AQueuedSubmissionIsClaimableAndAClaimTakesItsLease()
    {
        var submission = Queued();
        submission.Description.ShouldBe("note");
        submission.IsClaimableAt(Now).ShouldBeTrue();

        submission.Claim("worker-a", Now.AddMinutes(10), Now);

        submission.Status.ShouldBe(SubmissionStatus.Scoring);
        submission.Attempts.ShouldBe(1);
        submission.IsLeasedBy("worker-a").ShouldBeTrue();
        submission.IsLeasedBy("worker-b").ShouldBeFalse();
        submission.IsClaimableAt(Now.AddMinutes(9)).ShouldBeFalse();
        submission.IsClaimableAt(Now.AddMinutes(10)).ShouldBeTrue();
    }

    [Fact]
    public void ClaimingWhileTheLeaseRunsIsAProgrammingError()
    {
        var submission = Queued();
        submission.Claim("worker-a", Now.AddMinutes(10), Now);

        Should.Throw<DomainRuleException>(() => submission.Claim("worker-b", Now.AddMinutes(20), Now.AddMinutes(1)));
    }

    [Fact]
    public void ScoringReleasesTheLeaseAndStoresThePrimaryMetric()
    {
        var submission = Queued();
        submission.Claim("worker-a", Now.AddMinutes(10), Now);

        submission.MarkScored(0.75, """{"score":0.75}""", "1.0.0", Now.AddMinutes(1));

        submission.Status.ShouldBe(SubmissionStatus.Scored);
        submission.PrimaryScore.ShouldBe(0.75);
        submission.LeaseOwner.ShouldBeNull();
        submission.IsClaimableAt(Now.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void OnlyScoredSubmissionsCanBeSelected()
    {
        var submission = Queued();

        submission.CheckCanSelect(true).ShouldNotBeNull().Code.ShouldBe(ErrorCodes.Conflict);
        submission.CheckCanSelect(false).ShouldBeNull();
    }

    [Fact]
    public void ARescoreIsKeptApartUntilPublished()
    {
        var submission = Queued();
        submission.Claim("w", Now.AddMinutes(10), Now);
        submission.MarkScored(1.0, """{"score":1}""", "1.0.0", Now);

        submission.SetPendingRescore(0.5, """{"score":0.5}""", "1.0.1", "", Now.AddDays(1));
        submission.PrimaryScore.ShouldBe(1.0);
        submission.HasPendingRescore.ShouldBeTrue();

        submission.PublishPendingRescore(Now.AddDays(1));
        submission.PrimaryScore.ShouldBe(0.5);
        submission.ScorerVersion.ShouldBe("1.0.1");
        submission.HasPendingRescore.ShouldBeFalse();
    }

    [Fact]
    public void ADescriptionLongerThanTheLimitIsRefused()
    {
        Submission.CheckDescription(new string('x', Submission.MaxDescriptionLength + 1)).ShouldNotBeNull().Field.ShouldBe("Description");
        Submission.CheckDescription(new string('x', Submission.MaxDescriptionLength)).ShouldBeNull();
    }

    [Fact]
    public void TotalSlotsBelongToNoSingleDay()
    {
        var slot = new QuotaSlot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), QuotaSlotKind.Total, new DateOnly(2025, 6, 10), 3, Guid.NewGuid());

        slot.QuotaDay.ShouldBe(QuotaSlot.AllDays);
        Should.Throw<ArgumentOutOfRangeException>(() => new QuotaSlot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), QuotaSlotKind.Daily, new DateOnly(2025, 6, 10), 0, Guid.NewGuid()));
    }
}
