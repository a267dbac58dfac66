using Bunit;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Web.Components.Pages.Tasks.Evaluation;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Pages;

/// <summary>The Evaluation tab says, per phase, which submission counts, the ICD cap, and which phase is the final ranking.</summary>
public sealed class PhaseRulesSummaryTests : PortalComponentTest
{
    [Fact]
    public void NamesWhichSubmissionCountsTheCapAndTheFinalPhase()
    {
        var cut = Render(
            Phase("A", RepresentativeSubmission.Latest, cap: 7, closesInDays: 10),
            Phase("B", RepresentativeSubmission.Selected, cap: null, closesInDays: 30, selections: 2));

        var rows = cut.FindAll("[data-testid=evaluation-phase-row]");
        rows[0].QuerySelector("[data-testid=evaluation-counts]")!.TextContent.ShouldBe("Your team's latest scored submission, even if an earlier one scored higher");
        rows[1].QuerySelector("[data-testid=evaluation-counts]")!.TextContent.ShouldStartWith("The best of the submissions your team selects (up to 2)");
        rows[0].QuerySelector("[data-testid=evaluation-cap]")!.TextContent.ShouldBe("at most 7; records with more are rejected");
        rows[1].QuerySelector("[data-testid=evaluation-cap]")!.TextContent.ShouldBe("no cap (the literal official rule)");
        rows[0].QuerySelector("[data-testid=evaluation-final-phase]").ShouldBeNull();
        rows[1].QuerySelector("[data-testid=evaluation-final-phase]")!.TextContent.Trim().ShouldBe("Decides the final ranking");
        cut.Find("[data-testid=evaluation-final-rule]").TextContent.ShouldContain("Phase B");
    }

    [Fact]
    public void SaysItInChineseToo()
    {
        UseCulture("zh-CN");

        var cut = Render(Phase("A", RepresentativeSubmission.Best, cap: 7, closesInDays: 10));

        cut.Find("[data-testid=evaluation-counts]").TextContent.ShouldBe("队伍得分最高的一次提交");
        cut.Find("[data-testid=evaluation-final-phase]").TextContent.Trim().ShouldBe("决定最终排名");
        cut.Find("[data-testid=evaluation-cap]").TextContent.ShouldBe("最多 7 个，超出的记录将被拒绝");
    }

    private IRenderedComponent<PhaseRulesSummary> Render(params PhaseSummary[] phases) =>
        Context.Render<PhaseRulesSummary>(p => p.Add(x => x.Phases, phases).Add(x => x.Kind, TaskKind.Icd));

    private PhaseSummary Phase(string code, RepresentativeSubmission rule, int? cap, int closesInDays, int selections = 1)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var settings = new PhaseSettings
        {
            Code = code, NameEn = "Phase " + code, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(closesInDays),
            Representative = rule, MaxAdditionalCodes = cap, SelectionLimit = selections,
        };
        return new PhaseSummary(Guid.NewGuid(), code, "", "Phase " + code, settings.OpensAt, settings.ClosesAt, PhaseStatus.Open, settings, Guid.NewGuid(), null, true, null);
    }
}
