using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Datasets.UploadDataset;

/// <summary>
/// An organiser uploads a data file: a phase's inputs or gold (<paramref name="PhaseId"/> required) or the
/// task's candidate list. The file is checked with the Scoring readers; problems come back as errors to show.
/// </summary>
public sealed record UploadDatasetCommand(Actor Actor, Guid TaskId, Guid? PhaseId, DatasetFileKind Kind, string FileName, byte[] Content) : ICommand<Result<UploadedDataset>>, IOrganizerOnly;

/// <summary>The stored file's facts, and warnings that did not stop the upload.</summary>
public sealed record UploadedDataset(Guid Id, DatasetFileKind Kind, string FileName, string Sha256, int RecordCount, long ByteCount, IReadOnlyList<string> Warnings);
