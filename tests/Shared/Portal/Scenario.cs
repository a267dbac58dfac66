using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Tasks.CreatePhase;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>Common set-ups built through the real use cases.</summary>
public static class Scenario
{
    public static async Task<Guid> CreateTaskAsync(this PortalTestHost host, Actor organizer, TaskKind kind = TaskKind.CDrugRed, string slug = "cdrugred", bool publish = true)
    {
        var result = await host.Send(
            new CreateTaskCommand(organizer, kind, slug, new TaskTexts("出院带药推荐", "Discharge medication recommendation"), publish),
            TestContext.Current.CancellationToken);
        return result.ShouldSucceed();
    }

    public static async Task<Guid> CreatePhaseAsync(this PortalTestHost host, Actor organizer, Guid taskId, string code, DateTime opens, DateTime closes)
    {
        var result = await host.Send(
            new CreatePhaseCommand(organizer, taskId, new PhaseSettings { Code = code, OpensAt = opens, ClosesAt = closes }),
            TestContext.Current.CancellationToken);
        return result.ShouldSucceed();
    }

    public static async Task<Guid> CreateTeamAsync(this PortalTestHost host, Actor leader, Guid taskId, string name)
    {
        var result = await host.Send(new CreateTeamCommand(leader, taskId, name), TestContext.Current.CancellationToken);
        return result.ShouldSucceed();
    }

    public static async Task<Guid> RegisterAndApproveAsync(this PortalTestHost host, Actor leader, Actor organizer, Guid teamId)
    {
        var registrationId = (await host.Send(new RegisterTeamCommand(leader, teamId, AcceptDataUseTerms: true), TestContext.Current.CancellationToken)).ShouldSucceed();
        (await host.Send(new DecideRegistrationCommand(organizer, registrationId, Approve: true), TestContext.Current.CancellationToken)).ShouldSucceed();
        return registrationId;
    }
}
