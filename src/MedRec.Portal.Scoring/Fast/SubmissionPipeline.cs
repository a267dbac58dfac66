using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>What reading a submission gave: the report and, when the file is valid, its compact form.</summary>
internal readonly record struct PipelineResult(ValidationReport Report, ParsedSubmission? Parsed);

/// <summary>
/// The one way a submission file is read: its bytes once into a pooled buffer, the fast reader over them, and the
/// rule-by-rule <see cref="SubmissionReader"/> over the same bytes when the fast reader gives up (any error, warning
/// or unusual spelling). Both give the same report for a file the fast reader accepts: an empty one.
/// </summary>
internal static class SubmissionPipeline
{
    public static PipelineResult Read(TaskDefinition task, Stream stream, Utf8Table ids, Func<IReadOnlySet<string>> expectedIds, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(stream);
        if (TooLargeToHold(stream, options))
        {
            return Slow(task, stream, ids, expectedIds(), options);
        }

        using var bytes = StreamBytes.Read(stream, options.MaxBytes);
        return FromBytes(task, stream, bytes, ids, expectedIds, options);
    }

    public static async ValueTask<PipelineResult> ReadAsync(
        TaskDefinition task, Stream stream, Utf8Table ids, Func<IReadOnlySet<string>> expectedIds, ScoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(stream);
        if (TooLargeToHold(stream, options))
        {
            return Slow(task, stream, ids, expectedIds(), options);
        }

        using var bytes = await StreamBytes.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        return FromBytes(task, stream, bytes, ids, expectedIds, options);
    }

    /// <summary>
    /// Reads the submission while <paramref name="gold"/> is still being read (on another thread): its bytes, then the
    /// fast reader with the file's own identifiers; once the gold is there, a file whose identifiers are exactly the
    /// gold's is done, and any other goes through <see cref="Read"/>'s steps over the same bytes. Same result as
    /// awaiting the gold first and then calling <see cref="ReadAsync"/>; only the two cores share the work.
    /// </summary>
    public static async ValueTask<(GoldSet Gold, PipelineResult Read, int[]? RecordOf)> ReadWithGoldAsync(
        TaskDefinition task, Stream stream, Task<GoldSet> gold, ScoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(gold);
        if (TooLargeToHold(stream, options))
        {
            var goldSet = await gold.ConfigureAwait(false);
            return (goldSet, Slow(task, stream, goldSet.Data.Ids, goldSet.IdSet, options), null);
        }

        using var bytes = await StreamBytes.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
        var early = bytes.IsComplete ? FastSubmissionReader.TryReadWithOwnIds(bytes.Span, task, options) : null;
        var set = await gold.ConfigureAwait(false);
        if (early is not null && set.Kind == task.Kind && CompactScorer.MatchToGold(set, early) is { } recordOf)
        {
            return (set, new PipelineResult(new ValidationReport([], 0, [], 0, early.Count), early), recordOf);
        }

        return (set, FromBytes(task, stream, bytes, set.Data.Ids, () => set.IdSet, options), null);
    }

    /// <summary>A table of the phase's identifiers, normalised as the rules compare them.</summary>
    public static Utf8Table TableOf(IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var normalized = new List<string>(ids.Count);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var value = TextNormalizer.Normalize(id);
            if (distinct.Add(value))
            {
                normalized.Add(value);
            }
        }

        return new Utf8Table(normalized);
    }

    // A seekable stream whose rest is over the limit is refused before reading (the reader says so with its size).
    private static bool TooLargeToHold(Stream stream, ScoringOptions options) =>
        stream.CanSeek && stream.Length - stream.Position > options.MaxBytes;

    private static PipelineResult FromBytes(TaskDefinition task, Stream stream, StreamBytes bytes, Utf8Table ids, Func<IReadOnlySet<string>> expectedIds, ScoringOptions options)
    {
        if (!bytes.IsComplete)
        {
            // Over the limit while reading: the rule-by-rule reader reports it from the same bytes plus the rest.
            using var replay = new PrefixedStream(bytes.Span.ToArray(), stream);
            return Slow(task, replay, ids, expectedIds(), options);
        }

        if (FastSubmissionReader.TryRead(bytes.Span, task, ids, options) is { } parsed)
        {
            return new PipelineResult(new ValidationReport([], 0, [], 0, parsed.Count), parsed);
        }

        using var again = bytes.AsStream();
        return Slow(task, again, ids, expectedIds(), options);
    }

    private static PipelineResult Slow(TaskDefinition task, Stream stream, Utf8Table ids, IReadOnlySet<string> expectedIds, ScoringOptions options)
    {
        var read = SubmissionReader.ReadRuleByRule(task, stream, expectedIds, options);
        return new PipelineResult(read.Report, read.Submission is { } submission ? ParsedSubmission.From(task, submission, ids) : null);
    }
}
