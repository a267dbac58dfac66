using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.FactSheets.SetRanking;

/// <summary>The board option "rank only teams with fact sheets": the others stay listed, without a rank.</summary>
public sealed record SetFactSheetRankingCommand(Actor Actor, Guid PhaseId, bool RankOnlyWithFactSheets) : ICommand<Result>, IOrganizerOnly;
