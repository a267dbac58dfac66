using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Datasets.DownloadDataset;

/// <summary>
/// Downloads a phase's inputs or a task's candidate list. Organisers always may; participants only as members
/// of a team approved for the task who accepted its data-use terms in force, and a phase's inputs only once the phase has opened. Gold is never
/// reachable here (it lives in other tables; see DownloadGoldQuery).
/// </summary>
public sealed record DownloadDatasetQuery(Actor Actor, Guid DatasetId) : IQuery<Result<DatasetDownload>>, IParticipantAccessible;
