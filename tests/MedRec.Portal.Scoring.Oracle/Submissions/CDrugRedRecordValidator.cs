using System.Text.Json;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>CDrugRed records: <c>{"ID": "&lt;就诊标识&gt;", "prediction": ["&lt;drug&gt;", ...]}</c>.</summary>
internal sealed class CDrugRedRecordValidator(CDrugRedTaskDefinition task) : RecordValidator
{
    private const string Example = "{\"ID\": \"<visit id>\", \"prediction\": [\"<drug>\", ...]}";
    private const string ExpectedKeys = "\"ID\", \"prediction\"";

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
                case CDrugRedFields.SubmissionId:
                    TakeField(ref idField, field, record, issues);
                    break;
                case CDrugRedFields.SubmissionPrediction:
                    TakeField(ref predictionField, field, record, issues);
                    break;
                default:
                    (extra ??= []).Add(field);
                    break;
            }
        }

        var id = ReadId(record, idField, IssueMessages.MissingId.With(record.Number, CDrugRedFields.SubmissionId), issues);
        foreach (var field in extra ?? [])
        {
            WarnExtraKey(record, field, id, ExpectedKeys, issues);
        }

        var drugs = ReadDrugs(record, predictionField, id, issues);
        var prediction = issues.ErrorCount == errorsBefore && id is not null && drugs is not null
            ? new CDrugRedPrediction(id, record.Number, drugs)
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

        issues.Error(IssueCodes.DuplicateKey, IssueMessages.DuplicateKey.With(field.Key, record.Number), record.Number, null, field.KeyAt);
    }

    private List<string>? ReadDrugs(RawRecord record, RawField? field, string? id, IssueCollector issues)
    {
        if (field is null)
        {
            issues.Error(
                IssueCodes.MissingKey,
                IssueMessages.DrugsMissing.With(record.Number, CDrugRedFields.SubmissionPrediction),
                record.Number,
                id,
                record.At);
            return null;
        }

        if (field.Kind != JsonTokenType.StartArray)
        {
            issues.Error(
                IssueCodes.WrongType,
                IssueMessages.DrugsNotArray.With(field.Key, IssueMessage.KindOf(field.Kind)),
                record.Number,
                id,
                field.ValueAt);
            return null;
        }

        var labels = new List<(string, Json.SourceLocation)>(field.Items!.Count);
        foreach (var item in field.Items)
        {
            if (item.Kind != JsonTokenType.String)
            {
                issues.Error(
                    IssueCodes.WrongType,
                    IssueMessages.DrugNotString.With(field.Key, IssueMessage.KindOf(item.Kind)),
                    record.Number,
                    id,
                    item.At);
                continue;
            }

            labels.Add((item.Text!, item.At));
        }

        return CleanLabels(labels, task.CandidateSet, IssueMessages.UnknownDrug, record, id, issues);
    }
}
