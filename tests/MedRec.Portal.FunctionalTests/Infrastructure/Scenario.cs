using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.ListRegistrations;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.FunctionalTests.Infrastructure;

/// <summary>
/// A published CDrugRed task with an open phase and all its files, an approved team and a second team that
/// is registered but not approved, built through the same use cases the pages send.
/// </summary>
public sealed class Scenario
{
    public const string Slug = "cdrugred-test";
    public const string ApprovedEmail = "alice@test.medrec.local";
    public const string OtherEmail = "bob@test.medrec.local";
    public const string LonerEmail = "carol@test.medrec.local";

    private Scenario()
    {
    }

    public required Actor Organizer { get; init; }

    public required Actor ApprovedMember { get; init; }

    public required Actor OtherTeamMember { get; init; }

    public required Actor Loner { get; init; }

    public required Guid TaskId { get; init; }

    public required Guid PhaseId { get; init; }

    public required Guid InputsId { get; init; }

    public required Guid CandidateListId { get; init; }

    public required Guid ApprovedTeamId { get; init; }

    public required Guid OtherTeamId { get; init; }

    public static async Task<Scenario> BuildAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var mediator = factory.Services.GetRequiredService<IMediator>();
        var organizer = await factory.OrganizerAsync();
        var now = DateTime.UtcNow;

        var taskId = Value(await mediator.Send(new CreateTaskCommand(
            organizer, TaskKind.CDrugRed, Slug,
            new TaskTexts("出院带药推荐（测试）", "Discharge medication (test)", "测试任务。", "A test task."), Publish: true)));
        var phaseId = Value(await mediator.Send(new CreatePhaseCommand(organizer, taskId, new PhaseSettings
        {
            Code = "A",
            NameZh = "初赛",
            NameEn = "Preliminary",
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(30),
        })));
        var candidates = Value(await mediator.Send(new UploadDatasetCommand(organizer, taskId, null, DatasetFileKind.CandidateList, "candidates.json", SyntheticData.CandidateList)));
        var inputs = Value(await mediator.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Inputs, "inputs-A.jsonl", SyntheticData.Inputs)));
        Value(await mediator.Send(new UploadDatasetCommand(organizer, taskId, phaseId, DatasetFileKind.Gold, "gold-A.jsonl", SyntheticData.Gold)));

        var alice = await factory.CreateParticipantAsync(ApprovedEmail, "Alice");
        var bob = await factory.CreateParticipantAsync(OtherEmail, "Bob");
        var carol = await factory.CreateParticipantAsync(LonerEmail, "Carol");
        var approvedTeam = Value(await mediator.Send(new CreateTeamCommand(alice, taskId, "Team Alice")));
        var otherTeam = Value(await mediator.Send(new CreateTeamCommand(bob, taskId, "<script>alert('bob')</script>")));
        var approvedRegistration = Value(await mediator.Send(new RegisterTeamCommand(alice, approvedTeam, AcceptDataUseTerms: true)));
        Value(await mediator.Send(new RegisterTeamCommand(bob, otherTeam, AcceptDataUseTerms: true)));
        Succeeded(await mediator.Send(new DecideRegistrationCommand(organizer, approvedRegistration, Approve: true)));

        return new Scenario
        {
            Organizer = organizer,
            ApprovedMember = alice,
            OtherTeamMember = bob,
            Loner = carol,
            TaskId = taskId,
            PhaseId = phaseId,
            InputsId = inputs.Id,
            CandidateListId = candidates.Id,
            ApprovedTeamId = approvedTeam,
            OtherTeamId = otherTeam,
        };
    }

    private static T Value<T>(Result<T> result)
    {
        result.IsSuccess.ShouldBeTrue(result.ToString());
        return result.Value;
    }

    private static void Succeeded(Result result) => result.IsSuccess.ShouldBeTrue(result.ToString());
}
