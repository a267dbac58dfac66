using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Scoring.Analysis;
using Mediator;

namespace MedRec.Portal.Application.Features.Analysis.RequestAnalysis;

/// <summary>
/// An organiser asks for the results analysis of a board snapshot (<paramref name="SnapshotId"/>), or of the board as
/// it is now (null: a manual snapshot is taken first, so the analysis always describes a board that never changes).
/// A snapshot is analysed once: asking again returns the same analysis (a failed one is queued again). The worker
/// does the work; the result is the analysis id to follow.
/// </summary>
public sealed record RequestAnalysisCommand(Actor Actor, Guid PhaseId, Guid? SnapshotId = null, int Resamples = AnalysisOptions.DefaultResamples)
    : ICommand<Result<Guid>>, IOrganizerOnly;
