using MedRec.Portal.Domain.Common;
using MedRec.Portal.Web.Components.Account.Forms;
using MedRec.Portal.Web.Localization;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Forms;

/// <summary>
/// Validation messages per field for MudBlazor inputs (Error / ErrorText): the form's own localised checks plus
/// the server's errors, which name their field. Errors without a known field are listed above the form.
/// </summary>
public sealed class FieldMessages
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Errors that belong to no field on the form.</summary>
    public List<Error> General { get; } = [];

    /// <summary>True when nothing is wrong.</summary>
    public bool IsEmpty => _byField.Count == 0 && General.Count == 0;

    /// <summary>Whether the field has a message.</summary>
    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The field's messages, joined.</summary>
    public string For(string field) => _byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : "";

    /// <summary>Starts over with the form's own errors.</summary>
    public void ShowLocal(IEnumerable<FormError> errors, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        Clear();
        foreach (var error in errors)
        {
            Add(error.Field, text[error.MessageKey, error.Arguments]);
        }
    }

    /// <summary>Starts over with the server's errors (in the reader's language), placing each under its field when the form has it.</summary>
    public void ShowServer(IReadOnlyList<Error> errors, IReadOnlySet<string> fieldsOnForm, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fieldsOnForm);
        ArgumentNullException.ThrowIfNull(text);
        Clear();
        foreach (var error in errors)
        {
            var field = error.Field is { } name ? MapField(name) : null;
            if (field is not null && fieldsOnForm.Contains(field))
            {
                Add(field, ErrorText.Localize(error, text));
            }
            else
            {
                General.Add(error);
            }
        }
    }

    /// <summary>Forgets every message.</summary>
    public void Clear()
    {
        _byField.Clear();
        General.Clear();
    }

    // The domain names fields after its own properties; a few differ from the form's.
    private static string MapField(string field) => field switch
    {
        "OpensAt" => nameof(PhaseForm.Opens),
        "ClosesAt" => nameof(PhaseForm.Closes),
        "QuotaTimeZoneId" => nameof(PhaseForm.TimeZoneId),
        _ => field,
    };

    private void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            messages = [];
            _byField[field] = messages;
        }

        messages.Add(message);
    }
}
