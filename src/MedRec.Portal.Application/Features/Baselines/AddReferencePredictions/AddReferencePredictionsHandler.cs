using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Application.Features.Baselines.AddReferencePredictions;

public sealed class AddReferencePredictionsHandler(
    IPortalDbContextFactory contexts,
    IGoldDatasetStore gold,
    ILeaderboardEvents boardEvents,
    IOptions<SubmissionOptions> options,
    TimeProvider clock) : ICommandHandler<AddReferencePredictionsCommand, Result<ReferencePredictionsResult>>
{
    public async ValueTask<Result<ReferencePredictionsResult>> Handle(AddReferencePredictionsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BaselineEntry.CheckName(command.Label) is { } labelError)
        {
            return labelError with { Field = "Label" };
        }

        // The same size rule and the same refusals (empty, not JSON, an archive) as a team's upload.
        var read = await PredictionFileReader.ReadAsync(command.Content, command.DeclaredLength, options.Value.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (read.IsFailure)
        {
            return Result<ReferencePredictionsResult>.Failure(read.Errors);
        }

        var fileName = UploadFileNames.Clean(command.FileName);
        fileName = fileName.Length is 0 or > 260 ? "reference-predictions.json" : fileName;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var phase = await db.Phases.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PhaseId, cancellationToken).ConfigureAwait(false);
        var task = phase is null ? null : await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == phase.TaskId, cancellationToken).ConfigureAwait(false);
        if (phase is null || task is null)
        {
            return BaselineErrors.PhaseNotFound.With();
        }

        var scored = await BaselineScoring.ScoreAsync(db, gold, task, phase, read.Value, options.Value.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (scored.IsFailure)
        {
            return Result<ReferencePredictionsResult>.Failure(scored.Errors);
        }

        if (scored.Value.Score is not { } score)
        {
            return new ReferencePredictionsResult(null, scored.Value.Report, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = BaselineScoring.NewEntry(Guid.CreateVersion7(), task, phase, command.Label, fileName, read.Value, score, command.Actor.UserId, now);
        db.Baselines.Add(entry);
        db.Audit(command.Actor, LeaderboardAuditActions.BaselineAdded, nameof(BaselineEntry), entry.Id, null, new { entry.PhaseId, entry.Name, entry.OriginalFileName, entry.Sha256, entry.PrimaryScore, Source = "reference predictions" }, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        boardEvents.Publish(new BoardChanged(phase.Id, BoardChangeKind.BaselineChanged, now));
        return new ReferencePredictionsResult(entry.Id, scored.Value.Report, [.. score.Metrics]);
    }
}
