using MedRec.Portal.Scoring;

namespace MedRec.Portal.Application.Features.Submissions.Queue;

/// <summary>
/// Hands the upload's validation work to the scorer in the same process: the request that validated a file leaves
/// its compact form here (keyed by submission id) and the scoring worker that claims it takes it, so a file is
/// parsed once, not once to validate and once more to score. Only a shortcut: a submission whose entry is missing
/// (scored by another process, evicted, the process restarted) or does not fit any more
/// (<see cref="SubmissionScorer.TryScore"/>) is scored from its stored file exactly as before. Bounded in bytes; the
/// oldest entries go first (at a deadline those are the first the workers take anyway).
/// </summary>
public sealed class PreparedSubmissions
{
    /// <summary>About 700 CDrugRed files of 1,722 visits.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<Guid, PreparedSubmission> _entries = [];
    private readonly Queue<Guid> _order = new();
    private readonly long _maxBytes;
    private long _bytes;

    public PreparedSubmissions(long maxBytes = DefaultMaxBytes)
    {
        _maxBytes = maxBytes;
    }

    /// <summary>How many entries are held now (tests).</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public void Add(Guid submissionId, PreparedSubmission prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.ApproximateBytes > _maxBytes)
        {
            return;
        }

        lock (_entries)
        {
            if (!_entries.TryAdd(submissionId, prepared))
            {
                return;
            }

            _order.Enqueue(submissionId);
            _bytes += prepared.ApproximateBytes;
            while (_bytes > _maxBytes && _order.TryDequeue(out var oldest))
            {
                if (_entries.Remove(oldest, out var evicted))
                {
                    _bytes -= evicted.ApproximateBytes;
                }
            }
        }
    }

    /// <summary>Removes and returns the entry of <paramref name="submissionId"/>, or null.</summary>
    public PreparedSubmission? Take(Guid submissionId)
    {
        lock (_entries)
        {
            if (!_entries.Remove(submissionId, out var prepared))
            {
                return null;
            }

            _bytes -= prepared.ApproximateBytes;

            // The id stays in the order queue until it reaches the front; Remove there finds nothing. Compact the queue
            // when it is mostly such leftovers, so it never grows without bound.
            if (_order.Count > 64 && _order.Count > _entries.Count * 4)
            {
                var live = _order.Where(_entries.ContainsKey).ToList();
                _order.Clear();
                foreach (var id in live)
                {
                    _order.Enqueue(id);
                }
            }

            return prepared;
        }
    }
}
