using MudBlazor;

namespace MedRec.Portal.Web.Components.Pages.Leaderboards.Components;

/// <summary>The two dialogs the board's organiser controls use: confirm an action, or ask for a reason.</summary>
public static class BoardDialogs
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>True when the organiser confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirm, string cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return await dialogs.ShowMessageBoxAsync(title, message, yesText: confirm, cancelText: cancel, options: Options) == true;
    }

    /// <summary>The reason (and override values) given, or null when the organiser cancelled.</summary>
    public static async Task<ModerationInput?> AskReasonAsync(this IDialogService dialogs, string title, string prompt, string confirm, IReadOnlyList<OverrideField>? fields = null, Color color = Color.Primary)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Prompt, prompt },
            { d => d.ConfirmText, confirm },
            { d => d.ConfirmColor, color },
            { d => d.Fields, fields ?? [] },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ModerationInput input } ? input : null;
    }
}
