using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Datasets.DownloadGold;

/// <summary>An organiser downloads a phase's current gold file (to check what was uploaded).</summary>
public sealed record DownloadGoldQuery(Actor Actor, Guid PhaseId) : IQuery<Result<DatasetDownload>>, IOrganizerOnly;
