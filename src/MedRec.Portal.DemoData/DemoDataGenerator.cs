using MedRec.Portal.DemoData.CDrugRed;
using MedRec.Portal.DemoData.Icd;
using MedRec.Portal.DemoData.Output;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.DemoData;

/// <summary>
/// Generates synthetic, realistic data for the portal's tasks in the official file formats, for demos, tests
/// and baselines. Nothing is copied from the licensed task data: the records are composed from templates over
/// a latent model of each patient (admission scenario plus conditions), from which the labels are derived, so
/// the labels are learnable from the text but not trivially.
/// </summary>
/// <remarks>
/// Files per task (see <see cref="DemoFileRole"/>):
/// CDrugRed: <c>train.jsonl</c>, <c>inputs.jsonl</c>, <c>gold.jsonl</c>, <c>candidates.json</c>, <c>sample-submission.json</c>, <c>README.md</c>;
/// ICD: <c>train.json</c>, <c>inputs.json</c>, <c>gold.json</c>, <c>sample-submission.json</c>, <c>README.md</c>.
/// Identifiers look synthetic: CDrugRed visits are <c>demo-{patient}-{visit}</c>, ICD records <c>DEMO</c> plus ten digits.
/// Training and input records never share a patient or record identifier. Train, inputs and sample submission
/// draw from separate random streams of the seed, so changing the training size leaves the inputs unchanged.
/// </remarks>
public static class DemoDataGenerator
{
    private const int TrainStream = 1;
    private const int InputStream = 2;
    private const int SubmissionStream = 3;
    private const int TeamStream = 4;

    /// <summary>Generates the demo data of <paramref name="task"/> in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count in <paramref name="options"/> is out of range.</exception>
    public static DemoDataset Generate(TaskKind task, DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return task switch
        {
            TaskKind.CDrugRed => GenerateCDrugRed(options),
            TaskKind.Icd => GenerateIcd(options),
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
        };
    }

    /// <summary>Generates the demo data of <paramref name="task"/> and writes its files into <paramref name="directory"/>; returns their full paths.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count in <paramref name="options"/> is out of range.</exception>
    /// <exception cref="IOException">The directory or a file cannot be written.</exception>
    public static IReadOnlyList<string> Write(TaskKind task, string directory, DemoDataOptions options) =>
        Generate(task, options).WriteTo(directory);

    /// <summary>
    /// A synthetic team's predictions for the phase inputs that <paramref name="options"/> generate, in the
    /// official submission format, derived from the demo gold with noise: <paramref name="skill"/> (0…1) is the
    /// chance that each gold label is kept (CDrugRed drugs, ICD additional codes; the ICD primary code is right
    /// with chance (1 + skill) / 2), and the lower the skill, the more wrong labels are added. Higher skill scores
    /// higher on average; the same arguments always give the same bytes, and <paramref name="seed"/> varies the
    /// noise between files of one skill. For demo boards: the files are valid, so the portal scores them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skill"/> is outside 0…1, or a count in <paramref name="options"/> is.</exception>
    public static DemoDataFile TeamSubmission(TaskKind task, DemoDataOptions options, double skill, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (double.IsNaN(skill) || skill is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(skill), skill, "Skill must be between 0 and 1.");
        }

        var random = new Random(unchecked((options.Seed * 1_000_003) + TeamStream + (seed * 7919)));
        var content = task switch
        {
            TaskKind.CDrugRed => CDrugRedFiles.Prediction(random, CDrugRedInputs(options), keep: skill, maxWrong: (int)Math.Round((1 - skill) * 4)),
            TaskKind.Icd => IcdFiles.Prediction(random, IcdInputs(options), primaryRight: (1 + skill) / 2, keep: skill, wrongChance: 1 - skill),
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
        };
        return new DemoDataFile(DemoFileRole.SampleSubmission, "team-submission.json", content);
    }

    /// <summary>The file names a task's demo data consists of, in writing order.</summary>
    public static IReadOnlyList<string> FileNames(TaskKind task) => task switch
    {
        TaskKind.CDrugRed => ["train.jsonl", "inputs.jsonl", "gold.jsonl", "candidates.json", "sample-submission.json", "README.md"],
        TaskKind.Icd => ["train.json", "inputs.json", "gold.json", "sample-submission.json", "README.md"],
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
    };

    private static DemoDataset GenerateCDrugRed(DemoDataOptions options)
    {
        var train = CDrugRedVisitGenerator.Generate(Stream(options, TrainStream), options.EffectiveTrainRecords, firstPatientNumber: 1);
        // Input patients continue the numbering so no patient appears in both splits.
        var firstInputPatient = train.Count == 0 ? 1 : train[^1].PatientNumber + 1;
        var inputs = CDrugRedVisitGenerator.Generate(Stream(options, InputStream), options.Records, firstInputPatient);
        var names = FileNames(TaskKind.CDrugRed);
        return new DemoDataset(TaskKind.CDrugRed, options, inputs.Select(v => v.VisitId).ToList(),
        [
            new(DemoFileRole.Train, names[0], CDrugRedFiles.Records(train, withLabels: true)),
            new(DemoFileRole.Inputs, names[1], CDrugRedFiles.Records(inputs, withLabels: false)),
            new(DemoFileRole.Gold, names[2], CDrugRedFiles.Records(inputs, withLabels: true)),
            new(DemoFileRole.Candidates, names[3], CDrugRedFiles.Candidates()),
            new(DemoFileRole.SampleSubmission, names[4], CDrugRedFiles.SampleSubmission(Stream(options, SubmissionStream), inputs)),
            new(DemoFileRole.Readme, names[5], DemoReadme.For(TaskKind.CDrugRed, options, train.Count, inputs.Count)),
        ]);
    }

    // The phase inputs alone, as GenerateCDrugRed / GenerateIcd make them (the same streams and numbering).
    private static List<CDrugRedVisit> CDrugRedInputs(DemoDataOptions options)
    {
        var train = CDrugRedVisitGenerator.Generate(Stream(options, TrainStream), options.EffectiveTrainRecords, firstPatientNumber: 1);
        var firstInputPatient = train.Count == 0 ? 1 : train[^1].PatientNumber + 1;
        return CDrugRedVisitGenerator.Generate(Stream(options, InputStream), options.Records, firstInputPatient);
    }

    private static List<IcdRecord> IcdInputs(DemoDataOptions options) =>
        IcdRecordGenerator.Generate(Stream(options, InputStream), options.Records, firstRecordNumber: options.EffectiveTrainRecords + 1);

    private static DemoDataset GenerateIcd(DemoDataOptions options)
    {
        var trainCount = options.EffectiveTrainRecords;
        var train = IcdRecordGenerator.Generate(Stream(options, TrainStream), trainCount, firstRecordNumber: 1);
        var inputs = IcdRecordGenerator.Generate(Stream(options, InputStream), options.Records, firstRecordNumber: trainCount + 1);
        var names = FileNames(TaskKind.Icd);
        return new DemoDataset(TaskKind.Icd, options, inputs.Select(r => r.RecordId).ToList(),
        [
            new(DemoFileRole.Train, names[0], IcdFiles.Records(train, withLabels: true)),
            new(DemoFileRole.Inputs, names[1], IcdFiles.Records(inputs, withLabels: false)),
            new(DemoFileRole.Gold, names[2], IcdFiles.Records(inputs, withLabels: true)),
            new(DemoFileRole.SampleSubmission, names[3], IcdFiles.SampleSubmission(Stream(options, SubmissionStream), inputs)),
            new(DemoFileRole.Readme, names[4], DemoReadme.For(TaskKind.Icd, options, train.Count, inputs.Count)),
        ]);
    }

    // Independent, reproducible streams per file family: System.Random with a seed is stable across runs and platforms.
    private static Random Stream(DemoDataOptions options, int stream) => new(unchecked((options.Seed * 1_000_003) + stream));
}
