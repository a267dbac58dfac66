using System.Text;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.UploadDataset;
using MedRec.Portal.Application.Features.Registrations.DecideRegistration;
using MedRec.Portal.Application.Features.Registrations.RegisterTeam;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Teams.CreateTeam;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// Leaderboard data on the e2e server through the real use cases: the phase's gold, participants with approved
/// teams, and submissions that the server's own scoring worker scores (made-up data, not the licensed files).
/// </summary>
public sealed class BoardScenario
{
    private readonly PortalServer _server;
    private readonly IMediator _mediator;
    private readonly Dictionary<string, Actor> _leaders = [];

    private BoardScenario(PortalServer server, Actor organizer, Guid taskId, Guid phaseId)
    {
        _server = server;
        _mediator = server.Services.GetRequiredService<IMediator>();
        Organizer = organizer;
        TaskId = taskId;
        PhaseId = phaseId;
    }

    public Actor Organizer { get; }

    public Guid TaskId { get; }

    public Guid PhaseId { get; }

    /// <summary>Gold for the two inputs E001 and E002: one drug each.</summary>
    public static byte[] Gold { get; } = Encoding.UTF8.GetBytes(
        "{\"就诊标识\": \"E001\", \"出院带药列表\": [\"示例药物甲\"]}\n{\"就诊标识\": \"E002\", \"出院带药列表\": [\"示例药物乙\"]}\n");

    /// <summary>Both visits right: score 1.</summary>
    public const string Perfect = """[{"ID": "E001", "prediction": ["示例药物甲"]}, {"ID": "E002", "prediction": ["示例药物乙"]}]""";

    /// <summary>One visit right, one wrong: score 0.5.</summary>
    public const string Half = """[{"ID": "E001", "prediction": ["示例药物甲"]}, {"ID": "E002", "prediction": ["示例药物甲"]}]""";

    /// <summary>The first visit half right (both drugs), the second wrong: score 0.25 + …</summary>
    public const string Weak = """[{"ID": "E001", "prediction": ["示例药物甲", "示例药物乙"]}, {"ID": "E002", "prediction": ["示例药物甲"]}]""";

    public static async Task<BoardScenario> CreateAsync(PortalServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        Guid organizerId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(PortalServer.OrganizerEmail)
                ?? throw new InvalidOperationException("the organiser was not seeded");
            organizerId = user.Id;
        }

        var organizer = Actor.Organizer(organizerId);
        var mediator = server.Services.GetRequiredService<IMediator>();
        var task = (await mediator.Send(new GetTaskDetailQuery(organizer, PortalServer.TaskSlug))).Value;
        var phaseId = task.Phases.Single().Id;
        var gold = await mediator.Send(new UploadDatasetCommand(organizer, task.Id, phaseId, DatasetFileKind.Gold, "gold.jsonl", Gold));
        if (gold.IsFailure)
        {
            throw new InvalidOperationException($"gold upload failed: {gold}");
        }

        return new BoardScenario(server, organizer, task.Id, phaseId);
    }

    /// <summary>A participant account (password <see cref="PortalServer.Password"/>) leading an approved team.</summary>
    public async Task<string> AddTeamAsync(string teamName, string email, string language = PortalLanguages.English)
    {
        Actor leader;
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = teamName + " lead", PreferredLanguage = language, CreatedAt = DateTime.UtcNow };
            Check((await users.CreateAsync(user, PortalServer.Password)).Succeeded, "create user");
            Check((await users.AddToRoleAsync(user, PortalRoles.Participant)).Succeeded, "add role");
            leader = new Actor(user.Id, false);
        }

        var team = await _mediator.Send(new CreateTeamCommand(leader, TaskId, teamName));
        var registration = await _mediator.Send(new RegisterTeamCommand(leader, team.Value, AcceptDataUseTerms: true));
        var decision = await _mediator.Send(new DecideRegistrationCommand(Organizer, registration.Value, Approve: true));
        Check(decision.IsSuccess, $"approve: {decision}");
        _leaders[teamName] = leader;
        return email;
    }

    /// <summary>Uploads a prediction file as the team's leader; the server's scoring worker scores it.</summary>
    public async Task SubmitAsync(string teamName, string json)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var receipt = await _mediator.Send(new SubmitPredictionCommand(_leaders[teamName], PhaseId, "predictions.json", content, content.Length, null));
        Check(receipt.IsSuccess, $"submit: {receipt}");
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"board scenario step failed: {what}");
        }
    }
}
