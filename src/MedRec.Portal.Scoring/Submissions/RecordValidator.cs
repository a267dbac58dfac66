using System.Text.Json;
using MedRec.Portal.Scoring.Json;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>What a task's rules made of one raw record.</summary>
/// <param name="Id">The normalised identifier, or null when the record has none usable.</param>
/// <param name="IdAt">Where the identifier's value is (or the record, when it has none).</param>
/// <param name="Prediction">The prediction, or null when the record broke a rule.</param>
internal readonly record struct RecordOutcome(string? Id, SourceLocation IdAt, Prediction? Prediction);

/// <summary>The task-specific rules 4, 6 and 7 of docs/scoring-rules.md applied to one record; shared helpers here.</summary>
internal abstract class RecordValidator
{
    private readonly NormalizationCache _labels = new();

    /// <summary>Checks <paramref name="record"/>, reporting into <paramref name="issues"/>.</summary>
    public abstract RecordOutcome Validate(RawRecord record, IssueCollector issues);

    /// <summary>A validator for the task.</summary>
    public static RecordValidator For(Tasks.TaskDefinition task, ScoringOptions options) => task switch
    {
        Tasks.CDrugRedTaskDefinition cdrugred => new CDrugRedRecordValidator(cdrugred),
        Tasks.IcdTaskDefinition icd => new IcdRecordValidator(icd, options),
        _ => throw new ArgumentException($"No submission rules for task {task.Kind}.", nameof(task)),
    };

    /// <summary>Reports a record that is not an object; returns the empty outcome.</summary>
    protected static RecordOutcome NotAnObject(RawRecord record, IssueCollector issues, string example)
    {
        issues.Error(
            IssueCodes.NotObject,
            IssueMessages.NotObject.With(record.Number, IssueMessage.KindOf(record.Kind), example),
            record.Number,
            null,
            record.At);
        return new RecordOutcome(null, record.At, null);
    }

    /// <summary>The identifier value: a normalised string, or null after reporting why it is unusable.</summary>
    protected static string? ReadId(RawRecord record, RawField? field, IssueText missingKey, IssueCollector issues)
    {
        if (field is null)
        {
            issues.Error(IssueCodes.MissingKey, missingKey, record.Number, null, record.At);
            return null;
        }

        if (field.Kind != JsonTokenType.String)
        {
            issues.Error(
                IssueCodes.WrongType,
                IssueMessages.IdNotString.With(field.Key, IssueMessage.KindOf(field.Kind)),
                record.Number,
                null,
                field.ValueAt);
            return null;
        }

        var id = TextNormalizer.Normalize(field.Text!);
        if (id.Length == 0)
        {
            issues.Error(IssueCodes.EmptyId, IssueMessages.EmptyId.With(field.Key), record.Number, null, field.ValueAt);
            return null;
        }

        return id;
    }

    /// <summary>Warns about a key the task does not use.</summary>
    protected static void WarnExtraKey(RawRecord record, RawField field, string? id, string expectedKeys, IssueCollector issues) =>
        issues.Warning(IssueCodes.ExtraKey, IssueMessages.ExtraKey.With(field.Key, expectedKeys), record.Number, id, field.KeyAt);

    /// <summary>
    /// Normalises labels, drops empty ones and repeats (with warnings) and reports labels outside
    /// <paramref name="allowed"/>; returns the distinct labels in order.
    /// </summary>
    protected List<string> CleanLabels(
        IEnumerable<(string Text, SourceLocation At)> labels,
        IReadOnlySet<string> allowed,
        IssueMessage unknownLabel,
        RawRecord record,
        string? id,
        IssueCollector issues)
    {
        var distinct = new List<string>();
        HashSet<string>? seen = null;
        foreach (var (text, at) in labels)
        {
            var label = _labels.Normalize(text);
            if (label.Length == 0)
            {
                issues.Warning(IssueCodes.EmptyLabelDropped, IssueMessages.EmptyLabelDropped.With(), record.Number, id, at);
                continue;
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(label))
            {
                issues.Warning(IssueCodes.RepeatedLabel, IssueMessages.RepeatedLabel.With(label), record.Number, id, at);
                continue;
            }

            if (!allowed.Contains(label))
            {
                issues.Error(IssueCodes.UnknownLabel, unknownLabel.With(label), record.Number, id, at);
            }

            distinct.Add(label);
        }

        return distinct;
    }
}
