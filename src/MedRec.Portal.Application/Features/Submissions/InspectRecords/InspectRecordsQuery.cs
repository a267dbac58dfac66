using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Scoring.Metrics;
using Mediator;

namespace MedRec.Portal.Application.Features.Submissions.InspectRecords;

/// <summary>
/// Organisers only: how a submission scores record by record against the phase's current gold (gold and
/// predicted labels, per-record metrics), to investigate a surprising score.
/// </summary>
public sealed record InspectRecordsQuery(Actor Actor, Guid SubmissionId) : IQuery<Result<SubmissionInspection>>, IOrganizerOnly;

/// <summary>The overall metrics and every record's result, in gold order.</summary>
public sealed record SubmissionInspection(Guid SubmissionId, MetricScores Metrics, IReadOnlyList<RecordResult> Records, string ScorerVersion);
