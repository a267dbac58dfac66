using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.MergeTeams;

/// <summary>
/// An organiser merges team <paramref name="SourceTeamId"/> (B) into <paramref name="TargetTeamId"/> (A) of the same
/// task, giving a reason: B's members and submissions (with their quota slots and ledger) move to A, A keeps its
/// name and leader, B is marked merged. Refused, naming the limit, when the members exceed A's size cap or the
/// submissions exceed a phase's daily or total limit. What moved is kept in a <see cref="Domain.Teams.TeamMerge"/> record (which
/// <c>UnmergeTeamCommand</c> reads to give it back) and listed in the audit event.
/// </summary>
public sealed record MergeTeamsCommand(Actor Actor, Guid TargetTeamId, Guid SourceTeamId, string Reason) : ICommand<Result<TeamMergeOutcome>>, IOrganizerOnly;

/// <summary>What moved from the source team to the target.</summary>
public sealed record TeamMergeOutcome(Guid TargetTeamId, Guid SourceTeamId, int MembersMoved, int SubmissionsMoved, int LedgerEntriesMoved);
