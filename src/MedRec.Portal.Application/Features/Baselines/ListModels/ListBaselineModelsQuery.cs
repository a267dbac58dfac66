using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.ListModels;

/// <summary>The model packages stored for a task, newest first (organisers only).</summary>
public sealed record ListBaselineModelsQuery(Actor Actor, Guid TaskId) : IQuery<Result<IReadOnlyList<BaselineModelListItem>>>, IOrganizerOnly;

/// <summary>One stored package.</summary>
public sealed record BaselineModelListItem(Guid Id, string Label, string ManifestName, string PackageHash, string OriginalFileName, long ByteCount, int MaxLength, int LabelCount, DateTime UploadedAt);
