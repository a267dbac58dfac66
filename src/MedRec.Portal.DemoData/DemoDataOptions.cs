namespace MedRec.Portal.DemoData;

/// <summary>How much demo data to generate, and from which seed.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The largest record count accepted for either split (keeps a typo from filling a disk).</summary>
    public const int MaxRecords = 1_000_000;

    /// <summary>How many training records are generated per phase input record when <see cref="TrainRecords"/> is not set.</summary>
    public const int DefaultTrainPerInput = 4;

    /// <summary>The number of phase input records (CDrugRed visits or ICD records), N. Default 100.</summary>
    public int Records { get; init; } = 100;

    /// <summary>The number of labelled training records; null means <see cref="DefaultTrainPerInput"/> × <see cref="Records"/>.</summary>
    public int? TrainRecords { get; init; }

    /// <summary>The seed: the same seed and counts always give byte-identical files. Default 2025.</summary>
    public int Seed { get; init; } = 2025;

    /// <summary>The training record count actually used: <see cref="TrainRecords"/>, or 4 × <see cref="Records"/>.</summary>
    public int EffectiveTrainRecords => TrainRecords ?? (DefaultTrainPerInput * Records);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the option when a count is out of range.</summary>
    public void Validate()
    {
        if (Records is < 1 or > MaxRecords)
        {
            throw new ArgumentOutOfRangeException(nameof(Records), Records, $"Records must be between 1 and {MaxRecords}.");
        }

        if (TrainRecords is < 0 or > MaxRecords)
        {
            throw new ArgumentOutOfRangeException(nameof(TrainRecords), TrainRecords, $"TrainRecords must be between 0 and {MaxRecords}.");
        }
    }
}
