using System.IO.Compression;
using System.Text.Json.Nodes;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Baselines.Runs;
using MedRec.Portal.Application.Features.Baselines.StartRun;
using MedRec.Portal.Application.Features.Baselines.UploadModel;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Baselines;

/// <summary>
/// A task with an open phase holding demo inputs and gold (and, for CDrugRed, the demo candidate list the demo
/// model was trained on), all uploaded through the real use cases, so the committed demo model fits it.
/// </summary>
public sealed class BaselineWorld
{
    public const int Records = 24;

    private BaselineWorld(PortalTestHost host, Actor organizer, Actor participant, TaskKind kind, Guid taskId, Guid phaseId, DemoDataset data)
    {
        Host = host;
        Organizer = organizer;
        Participant = participant;
        Kind = kind;
        TaskId = taskId;
        PhaseId = phaseId;
        Data = data;
    }

    public PortalTestHost Host { get; }

    public Actor Organizer { get; }

    public Actor Participant { get; }

    public TaskKind Kind { get; }

    public Guid TaskId { get; }

    public Guid PhaseId { get; }

    public DemoDataset Data { get; }

    public BaselineRunService Runs => Host.Services.GetRequiredService<BaselineRunService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<BaselineWorld> CreateAsync(DatabaseProvider provider, TaskKind kind = TaskKind.CDrugRed, Action<IDictionary<string, string?>>? configure = null, bool withGold = true)
    {
        var host = await PortalTestHost.StartAsync(provider, configure);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var participant = await host.CreateUserAsync("participant");
        var taskId = await host.CreateTaskAsync(organizer, kind, kind == TaskKind.CDrugRed ? "cdrugred" : "icd");
        var now = host.Clock.UtcNow;
        var phaseId = await host.CreatePhaseAsync(organizer, taskId, "A", now.AddDays(-1), now.AddDays(30));
        var data = DemoDataGenerator.Generate(kind, new DemoDataOptions { Records = Records, TrainRecords = 0, Seed = 7 });
        if (kind == TaskKind.CDrugRed)
        {
            (await host.Send(new UploadDatasetCommand(organizer, taskId, null, DatasetFileKind.CandidateList, "drugs.json", data[DemoFileRole.Candidates].Content.ToArray()), Ct)).ShouldSucceed();
        }

        (await host.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Inputs, "inputs.json", data[DemoFileRole.Inputs].Content.ToArray()), Ct)).ShouldSucceed();
        if (withGold)
        {
            (await host.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Gold, "gold.json", data[DemoFileRole.Gold].Content.ToArray()), Ct)).ShouldSucceed();
        }

        return new BaselineWorld(host, organizer, participant, kind, taskId, phaseId, data);
    }

    /// <summary>The demo package's three files, as separate uploads.</summary>
    public static List<UploadedPackageFile> DemoFiles(TaskKind kind, Action<JsonObject>? editManifest = null)
    {
        var files = Directory.GetFiles(DemoBaselineModels.Directory(kind)).Select(p => new UploadedPackageFile(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        if (editManifest is not null)
        {
            var index = files.FindIndex(f => f.FileName == "model.json");
            var manifest = JsonNode.Parse(files[index].Content)!.AsObject();
            editManifest(manifest);
            files[index] = new UploadedPackageFile("model.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
        }

        return files;
    }

    /// <summary>A .zip of the given files (inside a folder, as "Compress" in a file manager makes it).</summary>
    public static UploadedPackageFile Zip(IEnumerable<UploadedPackageFile> files, string name = "package.zip")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                using var entry = zip.CreateEntry("package/" + file.FileName).Open();
                entry.Write(file.Content);
            }
        }

        return new UploadedPackageFile(name, buffer.ToArray());
    }

    public Task<Result<UploadedBaselineModel>> UploadModelAsync(IReadOnlyList<UploadedPackageFile> files, Actor? actor = null, Guid? taskId = null) =>
        Host.Send(new UploadBaselineModelCommand(actor ?? Organizer, taskId ?? TaskId, "Char-CNN", files), Ct).AsTask();

    public async Task<Guid> UploadDemoModelAsync() => (await UploadModelAsync(DemoFiles(Kind))).ShouldSucceed().Id;

    public async Task<Guid> StartRunAsync(Guid modelId, int? batchSize = null, string label = "Baseline (char-CNN)") =>
        (await Host.Send(new StartBaselineRunCommand(Organizer, modelId, PhaseId, label, batchSize), Ct)).ShouldSucceed();

    /// <summary>Claims and executes every queued run, as the worker does.</summary>
    public async Task DrainRunsAsync(string owner = "test-worker")
    {
        while (await Runs.TryClaimNextAsync(owner, Ct) is { } runId)
        {
            await Runs.ExecuteAsync(runId, owner, Ct);
        }
    }
}
