using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Terms.AcceptTerms;
using MedRec.Portal.Application.Features.Terms.PublishTerms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Terms;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Terms;

public sealed class DataUseTermsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task InvitedMemberMustAcceptBeforeDownloadingOrSubmittingAndANewVersionAsksAgain(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var late = await host.CreateUserAsync("late");
        await host.JoinAsync(setup.Leader, late, setup.TeamId);
        var inputsId = await InputsIdAsync(host, setup.PhaseId);

        // Joined an approved team through the invitation, accepted nothing: no file, no submission.
        (await DownloadAsync(host, late, inputsId)).Errors[0].MessageId.ShouldBe(TermsErrors.NotAccepted.Id);
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, late)).Errors[0].MessageId.ShouldBe(TermsErrors.NotAccepted.Id);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        (await host.Send(new AcceptTermsCommand(late, setup.TaskId, 1), Ct)).ShouldSucceed();
        (await DownloadAsync(host, late, inputsId)).ShouldSucceed();
        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, late)).ShouldSucceed();

        await using (var db = await host.OpenAsync())
        {
            var acceptance = await db.TermsAcceptances.SingleAsync(a => a.UserId == late.UserId, Ct);
            acceptance.TermsNumber.ShouldBe(1);
            acceptance.AcceptedAt.ShouldBe(host.Clock.UtcNow);
        }

        // The organiser revises the terms: everyone, the leader too, is asked again before the next download.
        (await host.Send(new PublishTermsCommand(setup.Organizer, setup.TaskId, "## 新条款", "## New terms"), Ct)).ShouldSucceed().ShouldBe(2);
        (await DownloadAsync(host, late, inputsId)).Errors[0].MessageId.ShouldBe(TermsErrors.NewVersion.Id);
        (await DownloadAsync(host, setup.Leader, inputsId)).Errors[0].MessageId.ShouldBe(TermsErrors.NewVersion.Id);

        // Accepting the version read before the revision is refused: the new text must be shown first.
        (await host.Send(new AcceptTermsCommand(late, setup.TaskId, 1), Ct)).Errors[0].MessageId.ShouldBe(TermsErrors.VersionChanged.Id);
        (await host.Send(new AcceptTermsCommand(late, setup.TaskId, 2), Ct)).ShouldSucceed();
        (await DownloadAsync(host, late, inputsId)).ShouldSucceed();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RegistrationRecordsTheVersionShownAndRefusesAStaleOne(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, approve: false);
        (await host.Send(new PublishTermsCommand(setup.Member, setup.TaskId, "x", "x"), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new PublishTermsCommand(setup.Organizer, setup.TaskId, " ", ""), Ct)).Errors[0].MessageId.ShouldBe(TermsErrors.TextRequired.Id);
        (await host.Send(new PublishTermsCommand(setup.Organizer, setup.TaskId, "第二版", "Second"), Ct)).ShouldSucceed().ShouldBe(2);

        (await host.Send(new RegisterTeamCommand(setup.Leader, setup.TeamId, true, TermsNumber: 1), Ct)).Errors[0].MessageId.ShouldBe(TermsErrors.VersionChanged.Id);
        (await host.Send(new RegisterTeamCommand(setup.Leader, setup.TeamId, true, TermsNumber: 2), Ct)).ShouldSucceed();

        await using var db = await host.OpenAsync();
        (await db.Registrations.SingleAsync(Ct)).TermsVersion.ShouldBe("2");
        (await db.TermsAcceptances.SingleAsync(Ct)).ShouldSatisfyAllConditions(a => a.UserId.ShouldBe(setup.Leader.UserId), a => a.TermsNumber.ShouldBe(2));
    }

    private static async Task<Guid> InputsIdAsync(PortalTestHost host, Guid phaseId)
    {
        await using var db = await host.OpenAsync();
        return (await db.Phases.SingleAsync(p => p.Id == phaseId, Ct)).InputsDatasetId!.Value;
    }

    private static async Task<Result<MedRec.Portal.Application.Features.Datasets.DatasetDownload>> DownloadAsync(PortalTestHost host, MedRec.Portal.Application.Common.Actor actor, Guid datasetId) =>
        await host.Send(new DownloadDatasetQuery(actor, datasetId), Ct);
}
