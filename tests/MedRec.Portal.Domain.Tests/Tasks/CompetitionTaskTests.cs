using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Domain.Tests.Tasks;

public sealed class CompetitionTaskTests
{
    private static readonly DateTime June = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CompetitionTask NewTask() => new(Guid.NewGuid(), TaskKind.CDrugRed, "cdrugred", new TaskTexts("出院带药推荐", "Discharge medication"), June);

    [Theory]
    [InlineData("")]
    [InlineData("CDrugRed")]
    [InlineData("has space")]
    [InlineData("drug_red")]
    public void RejectsSlugsThatAreNotLowerCaseDashed(string slug)
    {
        CompetitionTask.Validate(slug, new TaskTexts("标题", "Title")).ShouldHaveSingleItem().Field.ShouldBe(nameof(CompetitionTask.Slug));
    }

    [Fact]
    public void NeedsATitleInAtLeastOneLanguage()
    {
        CompetitionTask.Validate("icd", new TaskTexts("", " ")).ShouldHaveSingleItem().Field.ShouldBe(nameof(CompetitionTask.TitleEn));
        CompetitionTask.Validate("icd", new TaskTexts("ICD 编码", "")).ShouldBeEmpty();
    }

    [Fact]
    public void RejectsPhaseOverlappingAnother()
    {
        var task = NewTask();
        task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June).IsSuccess.ShouldBeTrue();
        var overlapping = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("B", June.AddDays(29), June.AddDays(60)), June);
        overlapping.IsFailure.ShouldBeTrue();
        overlapping.Errors.ShouldHaveSingleItem().Message.ShouldContain("overlaps phase \"A\"");
        task.Phases.Count.ShouldBe(1);
    }

    [Fact]
    public void AcceptsPhaseStartingWhenThePreviousCloses()
    {
        var task = NewTask();
        task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June);
        task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("B", June.AddDays(30), June.AddDays(60)), June).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void RejectsDuplicatePhaseCode()
    {
        var task = NewTask();
        task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June);
        task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("a", June.AddDays(40), June.AddDays(60)), June)
            .Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(PhaseSettings.Code));
    }

    [Fact]
    public void EditingAPhaseIgnoresItsOwnWindowWhenCheckingOverlap()
    {
        var task = NewTask();
        var phase = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June).Value;
        task.EditPhase(phase.Id, PhaseSettingsTests.Valid("A", June, June.AddDays(31)) with { DailyLimit = 3 }, June).IsSuccess.ShouldBeTrue();
        phase.ClosesAt.ShouldBe(June.AddDays(31));
        phase.DailyLimit.ShouldBe(3);
    }

    [Fact]
    public void InvalidEditLeavesThePhaseUnchanged()
    {
        var task = NewTask();
        var phase = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June).Value;
        task.EditPhase(phase.Id, PhaseSettingsTests.Valid("A", June, June.AddDays(30)) with { TotalLimit = 0 }, June).IsFailure.ShouldBeTrue();
        phase.TotalLimit.ShouldBe(100);
    }

    [Fact]
    public void CurrentPhaseIsTheOpenOneElseTheNextElseTheLast()
    {
        var task = NewTask();
        var a = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("A", June, June.AddDays(30)), June).Value;
        var b = task.AddPhase(Guid.NewGuid(), PhaseSettingsTests.Valid("B", June.AddDays(40), June.AddDays(50)), June).Value;
        task.CurrentPhase(June.AddDays(-5)).ShouldBe(a);
        task.CurrentPhase(June.AddDays(5)).ShouldBe(a);
        task.CurrentPhase(June.AddDays(35)).ShouldBe(b);
        task.CurrentPhase(June.AddDays(45)).ShouldBe(b);
        task.CurrentPhase(June.AddDays(99)).ShouldBe(b);
        task.PhaseOpenAt(June.AddDays(35)).ShouldBeNull();
    }
}
