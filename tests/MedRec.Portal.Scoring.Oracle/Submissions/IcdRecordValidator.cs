using System.Text.Json;
using MedRec.Portal.Scoring.Json;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// ICD records: <c>{"病案标识": "&lt;id&gt;", "预测结果": "[&lt;primary&gt;|&lt;additional1&gt;;&lt;additional2&gt;]"}</c>,
/// with the English keys <c>Record_ID</c> and <c>Prediction</c> accepted in place of the Chinese ones.
/// </summary>
internal sealed class IcdRecordValidator(IcdTaskDefinition task, ScoringOptions options) : RecordValidator
{
    private const string Example = "{\"病案标识\": \"<id>\", \"预测结果\": \"[<primary>|<additional1>;<additional2>]\"}";
    private const string ExpectedKeys = "\"病案标识\"/\"Record_ID\", \"预测结果\"/\"Prediction\"";

    public override RecordOutcome Validate(RawRecord record, IssueCollector issues)
    {
        if (record.Kind != JsonTokenType.StartObject)
        {
            return NotAnObject(record, issues, Example);
        }

        var errorsBefore = issues.ErrorCount;
        RawField? idField = null;
        RawField? predictionField = null;
        List<RawField>? extra = null;
        foreach (var field in record.Fields)
        {
            switch (field.Key)
            {
                case IcdFields.RecordId or IcdFields.RecordIdAlias:
                    TakeField(ref idField, field, record, issues);
                    break;
                case IcdFields.Prediction or IcdFields.PredictionAlias:
                    TakeField(ref predictionField, field, record, issues);
                    break;
                default:
                    (extra ??= []).Add(field);
                    break;
            }
        }

        var id = ReadId(record, idField, IssueMessages.MissingIdEitherSpelling.With(record.Number, IcdFields.RecordId, IcdFields.RecordIdAlias), issues);
        foreach (var field in extra ?? [])
        {
            WarnExtraKey(record, field, id, ExpectedKeys, issues);
        }

        var codes = ReadCodes(record, predictionField, id, issues);
        var prediction = issues.ErrorCount == errorsBefore && id is not null && codes is { } parsed
            ? new IcdPrediction(id, record.Number, parsed.Primary, parsed.Additional)
            : null;
        return new RecordOutcome(id, idField?.ValueAt ?? record.At, prediction);
    }

    private static void TakeField(ref RawField? slot, RawField field, RawRecord record, IssueCollector issues)
    {
        if (slot is null)
        {
            slot = field;
            return;
        }

        if (slot.Key == field.Key)
        {
            issues.Error(IssueCodes.DuplicateKey, IssueMessages.DuplicateKey.With(field.Key, record.Number), record.Number, null, field.KeyAt);
        }
        else
        {
            issues.Error(
                IssueCodes.MixedKeySpelling,
                IssueMessages.MixedKeySpelling.With(record.Number, slot.Key, field.Key),
                record.Number,
                null,
                field.KeyAt);
        }
    }

    private (string Primary, List<string> Additional)? ReadCodes(RawRecord record, RawField? field, string? id, IssueCollector issues)
    {
        if (field is null)
        {
            issues.Error(
                IssueCodes.MissingKey,
                IssueMessages.CodesMissing.With(record.Number, IcdFields.Prediction, IcdFields.PredictionAlias),
                record.Number,
                id,
                record.At);
            return null;
        }

        if (field.Kind != JsonTokenType.String)
        {
            issues.Error(
                IssueCodes.WrongType,
                IssueMessages.CodesNotString.With(field.Key, IssueMessage.KindOf(field.Kind)),
                record.Number,
                id,
                field.ValueAt);
            return null;
        }

        return ParseCodes(record, field, id, issues);
    }

    private (string Primary, List<string> Additional)? ParseCodes(RawRecord record, RawField field, string? id, IssueCollector issues)
    {
        var at = field.ValueAt;
        var text = TextNormalizer.Normalize(field.Text!);
        if (text.Length >= 2 && text[0] == '[' && text[^1] == ']')
        {
            text = text[1..^1];
        }

        var parts = text.Split('|');
        if (parts.Length != 2)
        {
            issues.Error(
                IssueCodes.IcdSeparator,
                IssueMessages.IcdSeparator.With(field.Text, parts.Length - 1),
                record.Number,
                id,
                at);
            return null;
        }

        var primaries = parts[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? primary = null;
        if (primaries.Length != 1)
        {
            issues.Error(
                IssueCodes.IcdPrimaryCount,
                primaries.Length == 0
                    ? IssueMessages.NoPrimaryCode.With(field.Text)
                    : IssueMessages.SeveralPrimaryCodes.With(field.Text, primaries.Length),
                record.Number,
                id,
                at);
        }
        else
        {
            primary = primaries[0];
            if (!task.PrimaryCodes.Contains(primary))
            {
                issues.Error(
                    IssueCodes.UnknownLabel,
                    IssueMessages.UnknownPrimaryCode.With(primary, string.Join(", ", task.PrimaryCodes)),
                    record.Number,
                    id,
                    at);
            }
        }

        var additional = CleanLabels(parts[1].Split(';').Select(code => (code, at)), task.AdditionalCodes, IssueMessages.UnknownAdditionalCode, record, id, issues);
        if (additional.Count == 0)
        {
            issues.Error(
                IssueCodes.IcdAdditionalCount,
                IssueMessages.NoAdditionalCode.With(field.Text),
                record.Number,
                id,
                at);
        }
        else if (options.MaxAdditionalCodes is { } max && additional.Count > max)
        {
            issues.Error(
                IssueCodes.IcdAdditionalLimit,
                IssueMessages.TooManyAdditionalCodes.With(field.Text, additional.Count, max),
                record.Number,
                id,
                at);
        }

        return primary is null ? null : (primary, additional);
    }
}
