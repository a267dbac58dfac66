using MedRec.Portal.Scoring.Json;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// Reads a submission file and checks every rule of docs/scoring-rules.md, streaming the file (memory stays at the largest
/// record plus one read). Problems are collected, not thrown: the result's report lists them.
/// </summary>
public static class SubmissionReader
{
    /// <summary>Reads and validates a submission (synchronous).</summary>
    /// <param name="task">The task whose rules apply.</param>
    /// <param name="stream">The uploaded bytes; read to the end, not disposed.</param>
    /// <param name="expectedIds">
    /// The phase's identifiers (inputs or gold). When given, every one must have a record and no other may appear
    /// (rule 5); when null, only duplicates are checked.
    /// </param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    public static SubmissionReadResult Read(TaskDefinition task, Stream stream, IReadOnlySet<string>? expectedIds = null, ScoringOptions? options = null)
    {
        if (expectedIds is null)
        {
            return ReadRuleByRule(task, stream, null, options ?? ScoringOptions.Default);
        }

        var result = Fast.SubmissionPipeline.Read(task, stream, Fast.SubmissionPipeline.TableOf(expectedIds), () => expectedIds, options ?? ScoringOptions.Default);
        return new SubmissionReadResult(result.Report, result.Parsed?.ToSubmission());
    }

    /// <summary>Reads and validates a submission (asynchronous).</summary>
    /// <param name="task">The task whose rules apply.</param>
    /// <param name="stream">The uploaded bytes; read to the end, not disposed.</param>
    /// <param name="expectedIds">
    /// The phase's identifiers (inputs or gold). When given, every one must have a record and no other may appear
    /// (rule 5); when null, only duplicates are checked.
    /// </param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<SubmissionReadResult> ReadAsync(
        TaskDefinition task,
        Stream stream,
        IReadOnlySet<string>? expectedIds = null,
        ScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (expectedIds is null)
        {
            return await ReadRuleByRuleAsync(task, stream, options ?? ScoringOptions.Default, cancellationToken).ConfigureAwait(false);
        }

        var table = Fast.SubmissionPipeline.TableOf(expectedIds);
        var result = await Fast.SubmissionPipeline.ReadAsync(task, stream, table, () => expectedIds, options ?? ScoringOptions.Default, cancellationToken).ConfigureAwait(false);
        return new SubmissionReadResult(result.Report, result.Parsed?.ToSubmission());
    }

    /// <summary>
    /// Every rule checked record by record, streaming (memory stays at the largest record plus one read): the reader
    /// that words each problem. The fast reader hands every file it does not accept to this one.
    /// </summary>
    internal static SubmissionReadResult ReadRuleByRule(TaskDefinition task, Stream stream, IReadOnlySet<string>? expectedIds, ScoringOptions options)
    {
        var session = new Session(task, stream, expectedIds, options);
        while (session.Step())
        {
            session.Fill();
        }

        return session.Finish();
    }

    private static async ValueTask<SubmissionReadResult> ReadRuleByRuleAsync(TaskDefinition task, Stream stream, ScoringOptions options, CancellationToken cancellationToken)
    {
        var session = new Session(task, stream, null, options);
        while (session.Step())
        {
            await session.FillAsync(cancellationToken).ConfigureAwait(false);
        }

        return session.Finish();
    }

    /// <summary>The state of one read.</summary>
    private sealed class Session
    {
        private readonly TaskDefinition _task;
        private readonly ScoringOptions _options;
        private readonly IssueCollector _issues;
        private readonly RecordValidator _validator;
        private readonly HashSet<string>? _expected;
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly List<Prediction> _predictions = [];
        private readonly JsonElementFramer? _framer;
        private bool _stopped;
        private int _records;

        public Session(TaskDefinition task, Stream stream, IReadOnlySet<string>? expectedIds, ScoringOptions options)
        {
            ArgumentNullException.ThrowIfNull(task);
            ArgumentNullException.ThrowIfNull(stream);
            _task = task;
            _options = options;
            _issues = new IssueCollector(options);
            _validator = RecordValidator.For(task, options);
            if (expectedIds is not null)
            {
                _expected = new HashSet<string>(expectedIds.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
            }

            try
            {
                _framer = new JsonElementFramer(stream, allowJsonLines: false, options.MaxBytes);
            }
            catch (JsonInputException exception)
            {
                Stop(exception);
            }
        }

        /// <summary>Processes every buffered record; true when more bytes are needed, false when done.</summary>
        public bool Step()
        {
            if (_stopped || _framer is null)
            {
                return false;
            }

            try
            {
                while (true)
                {
                    switch (_framer.TryNext(out var frame))
                    {
                        case FrameStatus.Element:
                            _records++;
                            Check(RawRecordReader.Read(frame, _framer));
                            break;
                        case FrameStatus.NeedMoreData:
                            return true;
                        default:
                            return false;
                    }
                }
            }
            catch (JsonInputException exception)
            {
                Stop(exception);
                return false;
            }
        }

        public void Fill()
        {
            try
            {
                _framer!.Fill();
            }
            catch (JsonInputException exception)
            {
                Stop(exception);
            }
        }

        public async ValueTask FillAsync(CancellationToken cancellationToken)
        {
            try
            {
                await _framer!.FillAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonInputException exception)
            {
                Stop(exception);
            }
        }

        public SubmissionReadResult Finish()
        {
            // After a fatal error the set of records is incomplete, so "missing" identifiers would be noise.
            if (!_stopped && _expected is not null)
            {
                ReportMissingIds();
            }

            var report = _issues.ToReport(_records);
            return new SubmissionReadResult(report, report.IsValid ? new Submission(_task.Kind, _predictions) : null);
        }

        private void Stop(JsonInputException exception)
        {
            _stopped = true;
            _issues.Error(exception.Code, exception.Text ?? IssueMessages.Syntax.With(exception.Message), null, null, exception.Location);
        }

        private void Check(RawRecord record)
        {
            var outcome = _validator.Validate(record, _issues);
            if (outcome.Id is not { } id)
            {
                return;
            }

            if (!_seen.TryAdd(id, record.Number))
            {
                _issues.Error(
                    IssueCodes.DuplicateId,
                    IssueMessages.DuplicateId.With(id, _seen[id]),
                    record.Number,
                    id,
                    outcome.IdAt);
                return;
            }

            if (_expected is not null && !_expected.Contains(id))
            {
                _issues.Error(
                    IssueCodes.UnknownId,
                    IssueMessages.UnknownId.With(id),
                    record.Number,
                    id,
                    outcome.IdAt);
                return;
            }

            if (outcome.Prediction is { } prediction)
            {
                _predictions.Add(prediction);
            }
        }

        private void ReportMissingIds()
        {
            var missing = _expected!.Where(id => !_seen.ContainsKey(id)).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            missing.Sort(StringComparer.Ordinal);
            var shown = string.Join(", ", missing.Take(_options.MissingIdsShown).Select(id => $"\"{EchoedText.Shorten(id)}\""));
            var more = missing.Count > _options.MissingIdsShown ? ", …" : string.Empty;
            _issues.Error(
                IssueCodes.MissingIds,
                IssueMessages.MissingIds.With(missing.Count, shown, more));
        }
    }
}
