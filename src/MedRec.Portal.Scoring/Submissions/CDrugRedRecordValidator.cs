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

        var id = ReadId(record, idField, $"\"{CDrugRedFields.SubmissionId}\"", issues);
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

        issues.Error(IssueCodes.DuplicateKey, $"Key \"{field.Key}\" appears twice in record {record.Number}. Keep one.", record.Number, null, field.KeyAt);
    }

    private List<string>? ReadDrugs(RawRecord record, RawField? field, string? id, IssueCollector issues)
    {
        if (field is null)
        {
            issues.Error(
                IssueCodes.MissingKey,
                $"Record {record.Number} has no \"{CDrugRedFields.SubmissionPrediction}\" key. Add it (an empty list [] is allowed).",
                record.Number,
                id,
                record.At);
            return null;
        }

        if (field.Kind != JsonTokenType.StartArray)
        {
            issues.Error(
                IssueCodes.WrongType,
                $"\"{field.Key}\" must be a JSON array of drug names, but it is {RawRecordReader.Describe(field.Kind)}.",
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
                    $"Every item of \"{field.Key}\" must be a drug name in quotes, but one is {RawRecordReader.Describe(item.Kind)}.",
                    record.Number,
                    id,
                    item.At);
                continue;
            }

            labels.Add((item.Text!, item.At));
        }

        return CleanLabels(labels, task.CandidateSet, "candidate drug list", record, id, issues);
    }
}
