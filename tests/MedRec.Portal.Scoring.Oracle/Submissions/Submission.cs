using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>A submission file that passed validation: one prediction per identifier.</summary>
public sealed class Submission
{
    private readonly Dictionary<string, Prediction> _byId;

    /// <summary>Wraps already validated predictions (identifiers must be unique).</summary>
    /// <exception cref="ArgumentException">Two predictions share an identifier, or one is of the wrong task.</exception>
    public Submission(TaskKind kind, IReadOnlyList<Prediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        Kind = kind;
        Predictions = predictions;
        _byId = new Dictionary<string, Prediction>(predictions.Count, StringComparer.Ordinal);
        foreach (var prediction in predictions)
        {
            var expectedType = kind == TaskKind.CDrugRed ? typeof(CDrugRedPrediction) : typeof(IcdPrediction);
            if (prediction.GetType() != expectedType)
            {
                throw new ArgumentException($"Prediction \"{prediction.Id}\" is a {prediction.GetType().Name}, not a {expectedType.Name}.", nameof(predictions));
            }

            if (!_byId.TryAdd(prediction.Id, prediction))
            {
                throw new ArgumentException($"Identifier \"{prediction.Id}\" occurs twice.", nameof(predictions));
            }
        }
    }

    /// <summary>The task the predictions belong to.</summary>
    public TaskKind Kind { get; }

    /// <summary>The predictions in file order.</summary>
    public IReadOnlyList<Prediction> Predictions { get; }

    /// <summary>Finds the prediction for a normalised identifier.</summary>
    public bool TryGet(string id, out Prediction prediction) => _byId.TryGetValue(id, out prediction!);
}
