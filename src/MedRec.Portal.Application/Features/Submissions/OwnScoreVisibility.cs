using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Applies the board's "hide own scores while frozen" setting to submission rows, in the use cases rather than
/// the pages, so every way of reading a submission (UI, API) hides the same scores from participants.
/// </summary>
internal static class OwnScoreVisibility
{
    public static async Task<IReadOnlyList<SubmissionListItem>> ApplyAsync(IPortalDbContext db, Actor actor, Guid phaseId, IReadOnlyList<SubmissionListItem> items, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (actor.IsOrganizer || items.Count == 0)
        {
            return items;
        }

        var context = await PhaseBoardContext.LoadAsync(db, phaseId, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return items;
        }

        var status = context.StatusAt(nowUtc);
        return status.HidesOwnScores
            ? [.. items.Select(i => status.ShowsOwnScore(i.ScoredAtUtc) ? i : i.WithoutScore())]
            : items;
    }
}
