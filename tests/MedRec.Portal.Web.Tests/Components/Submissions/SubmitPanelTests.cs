using Bunit;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Pages.Submissions;
using MedRec.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Web.Tests.Components.Submissions;

public sealed class SubmitPanelTests : PortalComponentTest
{
    private readonly ScriptedMediator _script;
    private readonly Guid _userId = Guid.NewGuid();

    public SubmitPanelTests()
    {
        var (mediator, script) = ScriptedMediator.Create();
        _script = script.Answer<GetQuotaStatusQuery>(_ => Result.Success(QuotaLineTests.Quota(usedToday: 1, dailyLimit: 3, usedTotal: 1, totalLimit: 20)));
        Context.Services.AddSingleton(mediator);
        Context.Services.AddSingleton<IOptions<SubmissionOptions>>(Options.Create(new SubmissionOptions { MaxBytes = 1024 }));
        Context.Services.AddSingleton<ISubmissionEvents, NoEvents>();
        Context.AddAuthorization().SetAuthorized("lin").SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, _userId.ToString()));
        BrowserReportsZone("Asia/Shanghai");
    }

    [Fact]
    public void RefusesATooLargeFileFromItsSizeWithoutSendingIt()
    {
        var cut = Render(Task(RegistrationStatus.Approved));
        cut.WaitForElement("[data-testid=dropzone]");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[4096], "big.json"));

        cut.WaitForAssertion(() => cut.Find("[data-testid=error-list]").TextContent.ShouldContain("The file has 4 KiB; at most 1 KiB are accepted."));
        cut.Find("[data-testid=refused-note]").TextContent.ShouldBe("Nothing was stored and your quota is unchanged.");
        _script.Sent.OfType<SubmitPredictionCommand>().ShouldBeEmpty();
    }

    [Fact]
    public void ShowsTheRefusalInChineseAndKeepsTheQuotaLine()
    {
        UseCulture("zh-CN");
        _script.Answer<SubmitPredictionCommand>(_ => Result<SubmissionReceipt>.Failure(SubmissionErrors.EmptyFile.ForField("File")));
        var cut = Render(Task(RegistrationStatus.Approved));
        cut.WaitForAssertion(() => cut.Find("[data-testid=quota-today]").TextContent.ShouldStartWith("今天还剩 2 / 3 次"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(" ", "empty.json"));

        cut.WaitForAssertion(() => cut.Find("[data-testid=error-list]").TextContent.Trim().ShouldBe("文件为空。请上传包含预测结果的 JSON 数组。"));
        cut.Find("[data-testid=quota-today]").TextContent.ShouldStartWith("今天还剩 2 / 3 次");
        _script.Sent.OfType<SubmitPredictionCommand>().ShouldHaveSingleItem().Description.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, SubmitBlocker.TeamNotRegistered, "not registered for this task yet")]
    [InlineData(RegistrationStatus.Pending, SubmitBlocker.RegistrationPending, "waiting for an organiser's approval")]
    [InlineData(RegistrationStatus.Rejected, SubmitBlocker.RegistrationRejected, "registration was rejected")]
    public void ExplainsWhyATeamCannotSubmitYetInsteadOfOfferingTheUpload(RegistrationStatus? status, SubmitBlocker blocker, string explanation)
    {
        QuotaSays(blocker);
        var cut = Render(Task(status));

        cut.WaitForAssertion(() => cut.Find("[data-testid=submit-blocked]").TextContent.ShouldContain(explanation));
        cut.FindAll("[data-testid=dropzone]").ShouldBeEmpty();
    }

    [Fact]
    public void SaysThatTheViewerNeedsATeamWithoutAskingForAQuota()
    {
        var cut = Render(Task(status: null) with { MyTeam = null });

        cut.Find("[data-testid=submit-blocked]").TextContent.ShouldContain("not in a team");
        cut.FindAll("[data-testid=dropzone]").ShouldBeEmpty();
        _script.Sent.OfType<GetQuotaStatusQuery>().ShouldBeEmpty();
    }

    [Fact]
    public void SaysWhenAPhaseOpensInThePhasesNamedZone()
    {
        QuotaSays(SubmitBlocker.PhaseNotOpenYet);
        var cut = Render(Task(RegistrationStatus.Approved, opensInDays: 2));

        // 12:00 UTC is 20:00 in Shanghai, the phase's zone and (here) the viewer's: said once, by name.
        cut.WaitForAssertion(() => cut.Find("[data-testid=submit-blocked]").TextContent.ShouldContain("2025-06-03 20:00 → 2025-06-11 20:00 Beijing time"));
        var text = cut.Find("[data-testid=submit-blocked]").TextContent;
        text.ShouldContain("This phase is not open yet");
        text.ShouldNotContain("your time");
    }

    private void QuotaSays(SubmitBlocker blocker) =>
        _script.Answer<GetQuotaStatusQuery>(_ => Result.Success(QuotaLineTests.Quota(usedToday: 0, dailyLimit: 3, usedTotal: 0, totalLimit: 20, blocker: blocker)));

    private IRenderedComponent<SubmitPanel> Render(TaskDetail task) =>
        Context.Render<SubmitPanel>(parameters => parameters.Add(p => p.Task, task).AddCascadingValue(Actor.Participant(_userId)));

    private TaskDetail Task(RegistrationStatus? status, int opensInDays = -1)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var settings = new PhaseSettings { Code = "A", NameEn = "Phase A", OpensAt = now.AddDays(opensInDays), ClosesAt = now.AddDays(10) };
        var phase = new PhaseSummary(Guid.NewGuid(), "A", "", "Phase A", settings.OpensAt, settings.ClosesAt, opensInDays > 0 ? PhaseStatus.Upcoming : PhaseStatus.Open, settings, Guid.NewGuid(), null, true, null);
        return new TaskDetail(
            Guid.NewGuid(), "cdrugred", TaskKind.CDrugRed, new TaskTexts("出院带药", "Discharge medication", "", ""), true, Guid.NewGuid(),
            null, [phase], opensInDays > 0 ? null : phase.Id, new ViewerTeam(Guid.NewGuid(), "Team Lin", true, status, status == RegistrationStatus.Rejected ? "incomplete" : null), CanDownloadData: true);
    }

    private sealed class NoEvents : ISubmissionEvents
    {
        public event EventHandler<SubmissionChanged>? Changed
        {
            add { }
            remove { }
        }

        public void Publish(SubmissionChanged change)
        {
        }
    }
}
