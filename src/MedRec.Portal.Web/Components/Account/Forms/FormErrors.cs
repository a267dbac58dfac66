using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>Puts localised <see cref="FormError"/>s under their fields of an <see cref="EditContext"/>.</summary>
public static class FormErrors
{
    /// <summary>Replaces the store's messages with <paramref name="errors"/>; returns true when there were none.</summary>
    public static bool Show(
        EditContext form, ValidationMessageStore store, IEnumerable<FormError> errors, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        store.Clear();
        var any = false;
        foreach (var error in errors)
        {
            store.Add(form.Field(error.Field), text[error.MessageKey, error.Arguments]);
            any = true;
        }

        form.NotifyValidationStateChanged();
        return !any;
    }
}
