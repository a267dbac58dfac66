using Bunit;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Pages.Organizer.Components;
using MedRec.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Web.Tests.Components.Forms;

public sealed class PhaseEditorTests : PortalComponentTest
{
    private readonly RecordingMediator _sent;

    public PhaseEditorTests()
    {
        // The editor validates before it sends anything: these tests check nothing reaches the mediator.
        var (mediator, recorder) = RecordingMediator.Create();
        _sent = recorder;
        Context.Services.AddSingleton(mediator);
        Context.AddAuthorization().SetAuthorized("organizer").SetRoles("Organizer");
    }

    [Fact]
    public void ShowsLocalisedMessagesUnderTheFieldsInsteadOfSaving()
    {
        var cut = Context.Render<PhaseEditor>(parameters => parameters
            .Add(p => p.TaskId, Guid.NewGuid())
            .Add(p => p.Kind, TaskKind.CDrugRed));

        cut.Find("[data-testid=phase-save]").Click();

        cut.WaitForAssertion(() =>
        {
            cut.Markup.ShouldContain("Give the phase a short code, e.g. \"A\".");
            cut.Markup.ShouldContain("Write the time as yyyy-MM-dd HH:mm, e.g. 2025-06-30 23:59.");
        });
        _sent.Calls.ShouldBeEmpty();
    }

    [Fact]
    public void ShowsTheMessagesInChineseForChineseReaders()
    {
        UseCulture("zh-CN");
        var cut = Context.Render<PhaseEditor>(parameters => parameters
            .Add(p => p.TaskId, Guid.NewGuid())
            .Add(p => p.Kind, TaskKind.Icd));

        cut.Find("[data-testid=phase-save]").Click();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("请填写阶段代号"));
        _sent.Calls.ShouldBeEmpty();
    }
}
