using System.Text;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Datasets.ExtraFiles;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Terms.PublishTerms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Terms;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Datasets;

/// <summary>
/// Organisers' extra files (training data, sample submission, README): described, listed on the task, and
/// downloadable under exactly the inputs' rules (approved team, terms accepted, phase open).
/// </summary>
public sealed class ExtraFilesTests
{
    private static readonly byte[] Readme = Encoding.UTF8.GetBytes("# README\nThe training data has 3 columns.\n");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ExtraFilesAreDescribedListedAndDownloadedUnderTheInputsRules(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var outsider = await host.CreateUserAsync("outsider");

        var readmeId = (await host.Send(new AddExtraFileCommand(setup.Organizer, setup.TaskId, null, "C:\\data\\README.md", "  How the files are laid out  ", Readme), Ct)).ShouldSucceed();
        var training = Encoding.UTF8.GetBytes("id,text,label\n1,a,b\n");
        var trainingId = (await host.Send(new AddExtraFileCommand(setup.Organizer, setup.TaskId, setup.PhaseId, "train.csv", "Labelled training data", training), Ct)).ShouldSucceed();

        var detail = (await host.Send(new GetTaskDetailQuery(setup.Member, "cdrugred"), Ct)).ShouldSucceed();
        detail.ExtraFiles!.Select(f => (f.File.OriginalFileName, f.Description, f.PhaseId)).ShouldBe(
            [("README.md", "How the files are laid out", null), ("train.csv", "Labelled training data", setup.PhaseId)]);

        var readme = (await host.Send(new DownloadDatasetQuery(setup.Member, readmeId), Ct)).ShouldSucceed();
        readme.FileName.ShouldBe("README.md", "extra files keep the organiser's name");
        readme.Content.ShouldBe(Readme);
        (await host.Send(new DownloadDatasetQuery(setup.Member, trainingId), Ct)).ShouldSucceed().Content.ShouldBe(training);
        (await host.Send(new DownloadDatasetQuery(outsider, readmeId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);

        // A new version of the terms closes the extra files too, until accepted.
        (await host.Send(new PublishTermsCommand(setup.Organizer, setup.TaskId, "第二版", "Second"), Ct)).ShouldSucceed();
        (await host.Send(new DownloadDatasetQuery(setup.Member, readmeId), Ct)).Errors[0].MessageId.ShouldBe(TermsErrors.NewVersion.Id);

        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == MedRec.Portal.Application.Common.AuditActions.ExtraFileAdded, Ct)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AFileOfAnUpcomingPhaseWaitsForItAndBadUploadsAreRefusedWithTheirReason(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var later = (await host.Send(new CreatePhaseCommand(setup.Organizer, setup.TaskId, new MedRec.Portal.Domain.Tasks.PhaseSettings
        {
            Code = "B",
            NameZh = "B 榜",
            NameEn = "Board B",
            OpensAt = SubmissionSetup.Closes,
            ClosesAt = SubmissionSetup.Closes.AddDays(10),
        }), Ct)).ShouldSucceed();
        var sample = (await host.Send(new AddExtraFileCommand(setup.Organizer, setup.TaskId, later, "sample.json", "Sample submission for B", "[]"u8.ToArray()), Ct)).ShouldSucceed();

        (await host.Send(new DownloadDatasetQuery(setup.Member, sample), Ct)).Errors[0].MessageId.ShouldBe(DatasetErrors.InputsNotOpenYet.Id);
        (await host.Send(new DownloadDatasetQuery(setup.Organizer, sample), Ct)).ShouldSucceed();
        host.Clock.Advance(SubmissionSetup.Closes - host.Clock.UtcNow + TimeSpan.FromMinutes(1));
        (await host.Send(new DownloadDatasetQuery(setup.Member, sample), Ct)).ShouldSucceed();

        var refused = await host.Send(new AddExtraFileCommand(setup.Organizer, setup.TaskId, Guid.NewGuid(), "x.txt", " ", []), Ct);
        refused.Errors.Select(e => e.MessageId).ShouldBe([DatasetErrors.EmptyFile.Id, ExtraFileErrors.DescriptionRequired.Id]);
        (await host.Send(new AddExtraFileCommand(setup.Organizer, setup.TaskId, Guid.NewGuid(), "x.txt", "desc", [1]), Ct)).Errors[0].MessageId.ShouldBe(ExtraFileErrors.PhaseNotInTask.Id);
        (await host.Send(new AddExtraFileCommand(setup.Member, setup.TaskId, null, "x.txt", "desc", [1]), Ct)).ShouldFailWith(ErrorCodes.Forbidden);

        (await host.Send(new RemoveExtraFileCommand(setup.Member, sample), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new RemoveExtraFileCommand(setup.Organizer, sample), Ct)).ShouldSucceed();
        (await host.Send(new DownloadDatasetQuery(setup.Member, sample), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        var inputs = (await host.Send(new GetTaskDetailQuery(setup.Organizer, "cdrugred"), Ct)).ShouldSucceed().Phases[0].Inputs!.Id;
        (await host.Send(new RemoveExtraFileCommand(setup.Organizer, inputs), Ct)).Errors[0].MessageId.ShouldBe(ExtraFileErrors.NotFound.Id, "inputs are not extra files");
    }
}
