using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Teams.UnmergeTeam;

/// <summary>
/// An organiser undoes the merge of team <paramref name="SourceTeamId"/> (B) into the team it went to (A), giving a
/// reason. From the merge record(s), not from the audit log: B's members still in A go back to B with when they had
/// joined it (and B's leader leads B again), B's submissions, quota slots (at their numbers in B) and ledger entries
/// (grants included) go back to B, and B is no longer merged. What A's own members did meanwhile stays with A.
/// Refused, saying what to do, when A would break its own quota, lose its leader, or B would have nobody.
/// See docs/decisions/011-team-merge.md.
/// </summary>
public sealed record UnmergeTeamCommand(Actor Actor, Guid SourceTeamId, string Reason) : ICommand<Result<TeamUnmergeOutcome>>, IOrganizerOnly;

/// <summary>What went back: people (and how many of those the merge moved had left A since and stayed where they are), submissions and ledger entries.</summary>
public sealed record TeamUnmergeOutcome(Guid TargetTeamId, string TargetName, Guid SourceTeamId, string SourceName, int MembersReturned, int MembersStayed, int SubmissionsReturned, int LedgerEntriesReturned);
