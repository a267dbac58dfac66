using System.Collections.Frozen;
using System.Collections.Concurrent;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// What validating and scoring a phase's submissions needs: the task definition (CDrugRed's candidate list), the
/// phase's input identifiers and its scoring options. Parsed datasets are cached by dataset id: a dataset row
/// never changes (a new upload is a new id), so the cache cannot go stale.
/// </summary>
public sealed record PhaseScoringSetup(TaskDefinition Definition, IReadOnlySet<string> InputIds, ScoringOptions Options)
{
    private static readonly ConcurrentDictionary<Guid, CDrugRedTaskDefinition> Definitions = new();
    private static readonly ConcurrentDictionary<Guid, IReadOnlySet<string>> InputSets = new();

    public static ScoringOptions OptionsFor(Phase phase, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return new() { MaxBytes = maxBytes, MaxAdditionalCodes = phase.MaxAdditionalCodes };
    }

    public static async Task<Result<PhaseScoringSetup>> LoadAsync(IPortalDbContext db, CompetitionTask task, Phase phase, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(phase);
        var definition = await DefinitionAsync(db, task, cancellationToken).ConfigureAwait(false);
        if (definition.IsFailure)
        {
            return Result<PhaseScoringSetup>.Failure(definition.Errors);
        }

        if (phase.InputsDatasetId is not { } inputsId)
        {
            return SubmissionErrors.NoInputs.With(phase.Code);
        }

        if (!InputSets.TryGetValue(inputsId, out var ids))
        {
            var bytes = await DatasetContentReader.ReadAsync(db, inputsId, cancellationToken).ConfigureAwait(false);
            var inspected = bytes is null ? null : DatasetInspector.InspectInputs(task.Kind, bytes);
            if (inspected is not { IsSuccess: true })
            {
                return SubmissionErrors.InputsUnreadable.With(phase.Code);
            }

            // Frozen: never changes, so the scorer builds its identifier table once per phase inputs, not per upload.
            ids = inspected.Value.ToFrozenSet(StringComparer.Ordinal);
            InputSets[inputsId] = ids;
        }

        return new PhaseScoringSetup(definition.Value, ids, OptionsFor(phase, maxBytes));
    }

    /// <summary>The task's definition: ICD's is built in; CDrugRed's needs the task's candidate list.</summary>
    public static async Task<Result<TaskDefinition>> DefinitionAsync(IPortalDbContext db, CompetitionTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Kind == TaskKind.Icd)
        {
            return IcdTaskDefinition.Instance;
        }

        if (task.CandidateListDatasetId is not { } listId)
        {
            return SubmissionErrors.NoCandidates.With();
        }

        if (!Definitions.TryGetValue(listId, out var definition))
        {
            var bytes = await DatasetContentReader.ReadAsync(db, listId, cancellationToken).ConfigureAwait(false);
            var list = bytes is null ? null : DatasetInspector.InspectCandidateList(bytes);
            if (list is not { IsSuccess: true })
            {
                return SubmissionErrors.CandidatesUnreadable.With();
            }

            definition = new CDrugRedTaskDefinition(list.Value);
            Definitions[listId] = definition;
        }

        return definition;
    }
}
