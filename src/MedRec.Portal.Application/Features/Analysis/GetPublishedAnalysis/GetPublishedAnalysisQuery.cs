using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Analysis.GetPublishedAnalysis;

/// <summary>
/// What participants (and visitors: <paramref name="Actor"/> null) may see of a phase's published analysis: every
/// entry's score, interval, rank and band, and the per-label figures of the viewer's own team's entry only. Never
/// gold, never the hardest records, never other teams' per-label figures or the pair tests.
/// </summary>
public sealed record GetPublishedAnalysisQuery(Actor? Actor, Guid PhaseId) : IQuery<Result<PublicAnalysisView>>, IParticipantAccessible;

/// <summary>The published analysis as participants see it.</summary>
public sealed record PublicAnalysisView(
    Guid AnalysisId,
    DateTime AsOf,
    int Resamples,
    double Alpha,
    IReadOnlyList<PublicAnalysisEntry> Entries,
    Guid? ViewerTeamId,
    IReadOnlyList<LabelData> OwnLabels)
{
    /// <summary>The entry of <paramref name="teamId"/>, or null.</summary>
    public PublicAnalysisEntry? For(Guid? teamId) => teamId is null ? null : Entries.FirstOrDefault(e => e.TeamId == teamId);
}

/// <summary>One entry's published figures.</summary>
public sealed record PublicAnalysisEntry(Guid? TeamId, string Name, double Score, double CiLow, double CiHigh, int Rank, int Band);
