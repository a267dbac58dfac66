using System.Globalization;
using System.Text.RegularExpressions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.FactSheets;

namespace MedRec.Portal.Application.Features.FactSheets;

/// <summary>Checks an organiser's form definition and a team's values against it, naming the field at fault.</summary>
public static partial class FactSheetRules
{
    /// <summary>Every problem with a definition (empty when it is valid).</summary>
    public static List<Error> CheckForm(IReadOnlyList<FactSheetField> fields, bool pdfAllowed, long maxPdfBytes)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new List<Error>();
        if (fields.Count is < 1 or > FactSheetForm.MaxFields)
        {
            errors.Add(FactSheetErrors.FormFieldCount.ForField("Fields", FactSheetForm.MaxFields, fields.Count));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            if (f.Key is null || !KeyPattern().IsMatch(f.Key) || !keys.Add(f.Key))
            {
                errors.Add(FactSheetErrors.FormKey.ForField($"Fields[{i}].Key", i + 1, f.Key));
            }

            if (!IsLabel(f.LabelZh) || !IsLabel(f.LabelEn))
            {
                errors.Add(FactSheetErrors.FormLabel.ForField($"Fields[{i}].Label", i + 1));
            }

            var choices = f.Choices ?? [];
            if (f.Kind == FactSheetFieldKind.Choice
                && (choices.Count is < 2 or > FactSheetField.MaxChoices || choices.Any(string.IsNullOrWhiteSpace) || choices.Distinct(StringComparer.Ordinal).Count() != choices.Count))
            {
                errors.Add(FactSheetErrors.FormChoices.ForField($"Fields[{i}].Choices", i + 1, FactSheetField.MaxChoices));
            }
        }

        if (pdfAllowed && maxPdfBytes is < 1 or > FactSheetForm.MaxPdfLimit)
        {
            errors.Add(FactSheetErrors.FormPdfLimit.ForField("MaxPdfBytes", FactSheetForm.MaxPdfLimit));
        }

        return errors;
    }

    /// <summary>Every problem with a team's values; <paramref name="clean"/> gets the trimmed values of the form's fields.</summary>
    public static List<Error> CheckValues(IReadOnlyList<FactSheetField> fields, IReadOnlyDictionary<string, string?> values, out Dictionary<string, string> clean)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new List<Error>();
        clean = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in values.Keys.Where(k => fields.All(f => f.Key != k)))
        {
            errors.Add(FactSheetErrors.UnknownField.ForField(key, key));
        }

        foreach (var field in fields)
        {
            var value = values.TryGetValue(field.Key, out var given) ? given?.Trim() ?? "" : "";
            var name = field.LabelEn;
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    errors.Add(FactSheetErrors.FieldRequired.ForField(field.Key, name));
                }

                continue;
            }

            var error = field.Kind switch
            {
                _ when value.Length > FactSheetField.MaxTextLength => FactSheetErrors.FieldTooLong.ForField(field.Key, name, value.Length, FactSheetField.MaxTextLength),
                FactSheetFieldKind.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) => FactSheetErrors.FieldNumber.ForField(field.Key, name, value),
                FactSheetFieldKind.Url when !Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) => FactSheetErrors.FieldUrl.ForField(field.Key, name, value),
                FactSheetFieldKind.Choice when !field.Choices.Contains(value, StringComparer.Ordinal) => FactSheetErrors.FieldChoice.ForField(field.Key, name, string.Join(", ", field.Choices), value),
                _ => null,
            };
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                clean[field.Key] = value;
            }
        }

        return errors;
    }

    private static bool IsLabel(string? label) => !string.IsNullOrWhiteSpace(label) && label.Trim().Length <= FactSheetField.MaxLabelLength;

    [GeneratedRegex("^[a-z0-9_-]{1,40}$")]
    private static partial Regex KeyPattern();
}
