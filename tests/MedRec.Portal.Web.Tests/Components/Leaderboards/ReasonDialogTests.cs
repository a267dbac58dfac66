using Bunit;
using MedRec.Portal.Web.Components.Pages.Leaderboards.Components;
using MedRec.Portal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MedRec.Portal.Web.Tests.Components.Leaderboards;

public sealed class ReasonDialogTests : PortalComponentTest
{
    [Fact]
    public async Task RefusesAnEmptyReasonAndStaysOpen()
    {
        var (provider, result) = await OpenAsync();

        provider.Find("[data-testid=reason-confirm]").Click();

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("Give a reason; it is kept in the audit log."));
        provider.FindAll("[data-testid=reason-dialog]").ShouldNotBeEmpty();
        result.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task ReturnsTheTrimmedReason()
    {
        var (provider, result) = await OpenAsync();

        provider.Find("textarea[data-testid=reason-text], [data-testid=reason-text] textarea").Input("  test team of the organisers  ");
        provider.Find("[data-testid=reason-confirm]").Click();

        var input = (ModerationInput)(await result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken))!.Data!;
        input.Reason.ShouldBe("test team of the organisers");
        input.Values.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOverrideSendsOnlyTheChangedValuesAndRefusesValuesOutsideZeroToOne()
    {
        var (provider, result) = await OpenAsync([new OverrideField("score", "Score", 0.5), new OverrideField("f1", "F1", 0.6)]);
        provider.Find("textarea[data-testid=reason-text], [data-testid=reason-text] textarea").Input("gold corrected for visit 17");

        provider.Find("input[data-testid=override-score], [data-testid=override-score] input").Input("1.5");
        provider.Find("[data-testid=reason-confirm]").Click();
        provider.WaitForAssertion(() => provider.Markup.ShouldContain("A number from 0 to 1"));
        result.IsCompleted.ShouldBeFalse();

        provider.Find("input[data-testid=override-score], [data-testid=override-score] input").Input("0,55");
        provider.Find("[data-testid=reason-confirm]").Click();

        var input = (ModerationInput)(await result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken))!.Data!;
        input.Values.ShouldBe(new Dictionary<string, double> { ["score"] = 0.55 });
    }

    [Fact]
    public async Task AnOverrideWithNothingChangedIsRefused()
    {
        var (provider, result) = await OpenAsync([new OverrideField("score", "Score", 0.5)]);
        provider.Find("textarea[data-testid=reason-text], [data-testid=reason-text] textarea").Input("no change");

        provider.Find("[data-testid=reason-confirm]").Click();

        provider.WaitForAssertion(() => provider.Find("[data-testid=reason-form-error]").TextContent.ShouldContain("Change at least one value"));
        result.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task RefusesAnEmptyReasonInChinese()
    {
        UseCulture("zh-CN");
        var (provider, _) = await OpenAsync();

        provider.Find("[data-testid=reason-confirm]").Click();

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("请填写原因，它将记入审计日志。"));
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<DialogResult?> Result)> OpenAsync(IReadOnlyList<OverrideField>? fields = null)
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Prompt, "Hide Blue?" },
            { d => d.ConfirmText, "Hide team" },
            { d => d.Fields, fields ?? [] },
        };
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<ReasonDialog>("Hide team", parameters));
        provider.WaitForElement("[data-testid=reason-dialog]");
        return (provider, reference!.Result);
    }
}
