using System.Reflection;
using System.Runtime.CompilerServices;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Application.Features.Leaderboards.Freeze;
using MedRec.Portal.Application.Features.Tasks.CreateTask;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Common.Authorization;

/// <summary>
/// The organiser check lives in one behaviour, so these tests are generated from the markers: every organiser-only
/// message, sent through the portal's mediator by a participant, is refused before its handler runs; and every
/// message that carries an actor has chosen a side, so a new message cannot forget.
/// </summary>
public sealed class AuthorizationPipelineTests
{
    /// <summary>
    /// The messages participants may send (their handlers check team, leader or owner themselves). Moving a message
    /// here from organiser-only is a decision a reviewer should see: it changes this list.
    /// </summary>
    private static readonly string[] ParticipantAccessible =
    [
        "CreateApiTokenCommand", "ListApiTokensQuery", "RevokeApiTokenCommand",
        "DownloadDatasetQuery",
        "GetBoardQuery", "GetScoreHistoryQuery", "ListSnapshotsQuery",
        "RegisterTeamCommand", "AcceptTermsCommand",
        "DownloadSubmissionQuery", "GetQuotaStatusQuery", "GetSubmissionQuery", "ListQuotaLedgerQuery",
        "ListSubmissionsQuery", "SelectForFinalCommand", "SubmitPredictionCommand",
        "GetTaskDetailQuery", "ListTasksQuery",
        "CreateInvitationCommand", "CreateTeamCommand", "GetMyTeamsQuery", "GetTeamQuery", "JoinTeamCommand",
        "LeaveTeamCommand", "ListTeamsQuery", "RevokeInvitationCommand", "TransferLeadershipCommand", "GetNotificationSettingsQuery", "SetNotificationSettingCommand", "ListAnnouncementsQuery",
        "GetPublishedAnalysisQuery", "GetFactSheetQuery", "SubmitFactSheetCommand",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<Type> Messages { get; } = typeof(Actor).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    private static IReadOnlyList<Type> OrganizerOnly { get; } = Messages.Where(typeof(IOrganizerOnly).IsAssignableFrom).ToList();

    [Fact]
    public void EveryMessageWithAnActorIsOrganizerOnlyOrParticipantAccessible()
    {
        var undecided = Messages
            .Where(t => ActorProperty(t) is not null)
            .Where(t => typeof(IOrganizerOnly).IsAssignableFrom(t) == typeof(IParticipantAccessible).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        undecided.ShouldBeEmpty("each message with an Actor implements exactly one of IOrganizerOnly and IParticipantAccessible");

        Messages.Where(t => typeof(IParticipantAccessible).IsAssignableFrom(t) && ActorProperty(t) is null).ShouldBeEmpty("IParticipantAccessible is for messages with an actor");
        Messages.Where(typeof(IParticipantAccessible).IsAssignableFrom).Select(t => t.Name)
            .ShouldBe(ParticipantAccessible, ignoreOrder: true, "a message became (or stopped being) open to participants: update the list on purpose");
        OrganizerOnly.Count.ShouldBeGreaterThanOrEqualTo(34, "the 34 organiser-only use cases of the time the check moved into the pipeline");
    }

    [Fact]
    public void EveryOrganizerOnlyMessageAnswersWithAResultThePipelineCanFail()
    {
        var cannotCarry = OrganizerOnly.Where(t => !FailureResponses.CanCarry(ResponseType(t))).Select(t => $"{t.Name} → {ResponseType(t)}");
        cannotCarry.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task EveryOrganizerOnlyMessageIsRefusedToAParticipantAndToNobodyBeforeItsHandlerRuns(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var participant = await host.CreateUserAsync("participant");
        var wrong = new List<string>();
        foreach (var type in OrganizerOnly)
        {
            foreach (var actor in new[] { participant, null })
            {
                // The handler would throw on the uninitialised fields (or answer differently) if it ever ran.
                var message = RuntimeHelpers.GetUninitializedObject(type);
                ActorProperty(type)!.SetValue(message, actor);
                object? response;
                try
                {
                    response = await host.Mediator.Send(message, Ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    wrong.Add($"{type.Name} ({(actor is null ? "no actor" : "participant")}): reached its handler, which threw {exception.GetType().Name}");
                    continue;
                }

                if (response is not Result { IsFailure: true } result || !result.Errors.SequenceEqual([CommonErrors.OrganizersOnly]))
                {
                    wrong.Add($"{type.Name} ({(actor is null ? "no actor" : "participant")}): answered {response}");
                }
            }
        }

        wrong.ShouldBeEmpty();
        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(Ct)).ShouldBe(0, "no refused use case got as far as writing");
    }

    [Fact]
    public async Task TheRefusalIsTheLocalizedOrganizersOnlyErrorInTheMessagesOwnResultType()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var participant = await host.CreateUserAsync("participant");

        var typed = await host.Send(new CreateTaskCommand(participant, default, "x", new TaskTexts("x", "x")), Ct);
        var untyped = await host.Send(new ReleaseBoardCommand(participant, Guid.NewGuid()), Ct);

        typed.ShouldFailWith(ErrorCodes.Forbidden).MessageId.ShouldBe("common.organizers-only");
        untyped.ShouldFailWith(ErrorCodes.Forbidden).Message.ShouldBe("Only organisers may do this.");
        await using var db = await host.OpenAsync();
        (await db.Tasks.CountAsync(Ct)).ShouldBe(0);
    }

    private static PropertyInfo? ActorProperty(Type message) =>
        message.GetProperty(nameof(IOrganizerOnly.Actor), BindingFlags.Public | BindingFlags.Instance) is { } property
        && property.PropertyType == typeof(Actor) ? property : null;

    private static Type ResponseType(Type message) => message.GetInterfaces()
        .Single(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>)))
        .GetGenericArguments()[0];
}
