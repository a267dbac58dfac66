using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Baselines.UploadModel;

/// <summary>
/// An organiser uploads a baseline model package for a task: one .zip holding model.json, the graph and the
/// vocabulary, or the three files separately (docs/baseline-model.md). It is checked for the task (loads, shapes
/// match the manifest, labels match the task) and stored; every problem comes back as an error.
/// <paramref name="Label"/> defaults to the manifest's name.
/// </summary>
public sealed record UploadBaselineModelCommand(Actor Actor, Guid TaskId, string? Label, IReadOnlyList<UploadedPackageFile> Files) : ICommand<Result<UploadedBaselineModel>>, IOrganizerOnly;

/// <summary>The stored model's id and facts.</summary>
public sealed record UploadedBaselineModel(Guid Id, string Label, BaselineModelFacts Facts, long ByteCount);
