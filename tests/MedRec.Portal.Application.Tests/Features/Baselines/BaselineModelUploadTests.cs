using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Baselines.ListModels;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Baselines;

public sealed class BaselineModelUploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task DemoPackageAsAZipIsCheckedStoredAndListed(DatabaseProvider provider)
    {
        var world = await BaselineWorld.CreateAsync(provider);
        await using var host = world.Host;

        var uploaded = (await world.UploadModelAsync([BaselineWorld.Zip(BaselineWorld.DemoFiles(TaskKind.CDrugRed))])).ShouldSucceed();

        uploaded.Facts.MaxLength.ShouldBe(768);
        uploaded.Facts.LabelCount.ShouldBeGreaterThan(100);
        uploaded.Facts.PackageHash.Length.ShouldBe(64);
        var listed = (await host.Send(new ListBaselineModelsQuery(world.Organizer, world.TaskId), Ct)).ShouldSucceed().ShouldHaveSingleItem();
        listed.Label.ShouldBe("Char-CNN");
        listed.OriginalFileName.ShouldBe("package.zip");
        await using var db = await host.OpenAsync();
        var content = await db.BaselineModelContents.SingleAsync(Ct);
        content.GraphFileName.ShouldBe("model.onnx");
        content.GraphBytes.Length.ShouldBeGreaterThan(1_000_000);
        (await db.AuditEvents.CountAsync(a => a.Action == "baseline.model-uploaded", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task SamePackageTwiceIsRefusedNamingTheStoredOne()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;
        await world.UploadDemoModelAsync();

        var again = await world.UploadModelAsync(BaselineWorld.DemoFiles(TaskKind.CDrugRed));

        again.ShouldFailWith(ErrorCodes.Conflict).Message.ShouldContain("already stored for the task as \"Char-CNN\"");
    }

    [Fact]
    public async Task PackageWithoutItsGraphIsRefusedNamingTheMissingFile()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;

        var result = await world.UploadModelAsync([BaselineWorld.Zip(BaselineWorld.DemoFiles(TaskKind.CDrugRed).Where(f => f.FileName != "model.onnx"))]);

        var error = result.ShouldFailWith(ErrorCodes.Validation);
        error.Field.ShouldBe("Package.MissingFile");
        error.Message.ShouldContain("\"model.onnx\"");
    }

    [Fact]
    public async Task GraphWhoseInputShapeDiffersFromTheManifestIsRefused()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;

        var result = await world.UploadModelAsync(BaselineWorld.DemoFiles(TaskKind.CDrugRed, m =>
        {
            m["input"]!["maxLength"] = 512;
            m["onnx"]!["input"]!["shape"] = new System.Text.Json.Nodes.JsonArray("batch", 512);
        }));

        result.IsFailure.ShouldBeTrue();
        result.Errors.ShouldContain(e => e.Field == "Package.InputMismatch" && e.Message.Contains("[batch, 512]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelWithADifferentLabelCountThanTheTasksCandidateListIsRefused()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;

        var result = await world.UploadModelAsync(BaselineWorld.DemoFiles(TaskKind.CDrugRed, m => m["labels"]!["labels"]!.AsArray().RemoveAt(0)));

        result.IsFailure.ShouldBeTrue();
        result.Errors.ShouldContain(e => e.Field == "Package.LabelMismatch" && e.Message.Contains("candidate drug list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IcdModelForACDrugRedTaskIsRefusedAsTheWrongTask()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;

        var result = await world.UploadModelAsync(BaselineWorld.DemoFiles(TaskKind.Icd));

        var error = result.ShouldFailWith(ErrorCodes.Validation);
        error.Field.ShouldBe("Package.TaskMismatch");
        error.Message.ShouldContain("Icd model but the phase is a CDrugRed phase");
    }

    [Fact]
    public async Task ZipThatUnpacksBeyondTheLimitIsRefusedBeforeItIsInflated()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite, configure: s => s["Baseline:MaxPackageBytes"] = "1048576");
        await using var host = world.Host;

        var result = await world.UploadModelAsync([BaselineWorld.Zip([new UploadedPackageFile("model.onnx", new byte[5 * 1024 * 1024])])]);

        var error = result.ShouldFailWith(ErrorCodes.Validation);
        error.Field.ShouldBe("Package.Archive");
        error.Message.ShouldContain("unpacks to 5,242,880 bytes; at most 1,048,576");
    }

    [Fact]
    public async Task ZipBombEntryIsRefusedByItsCompressionRatio()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = world.Host;

        var result = await world.UploadModelAsync([BaselineWorld.Zip([new UploadedPackageFile("model.onnx", new byte[4 * 1024 * 1024])])]);

        result.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("inflates");
    }

    [Fact]
    public async Task PackageLargerThanTheLimitIsRefusedWithTheLimit()
    {
        var world = await BaselineWorld.CreateAsync(DatabaseProvider.Sqlite, configure: s => s["Baseline:MaxPackageBytes"] = "1000");
        await using var host = world.Host;

        var result = await world.UploadModelAsync(BaselineWorld.DemoFiles(TaskKind.CDrugRed));

        result.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("at most 1,000 (");
    }
}
