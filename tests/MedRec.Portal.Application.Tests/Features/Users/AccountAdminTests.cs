using MedRec.Portal.Application.Common;
using MedRec.Portal.Infrastructure.Persistence;
using System.Text.RegularExpressions;
using MedRec.Portal.Application.Features.ApiTokens;
using MedRec.Portal.Application.Features.ApiTokens.AuthenticateApiToken;
using MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;
using MedRec.Portal.Application.Features.Users;
using MedRec.Portal.Application.Features.Users.Admin;
using MedRec.Portal.Application.Features.Users.ListUsers;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Users;

/// <summary>The organiser's account actions on the Users page, through the mediator (authorisation included).</summary>
public sealed partial class AccountAdminTests
{
    private static readonly Uri ResetPage = new("https://portal.test/Account/ResetPassword");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ADisabledAccountCannotSignInNorUseItsTokensUntilEnabled(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var alice = await host.CreateUserAsync("alice");
        var token = (await host.Send(new CreateApiTokenCommand(alice, "ci", null), Ct)).ShouldSucceed();

        (await host.Send(new SetUserDisabledCommand(organizer, alice.UserId, Disabled: true), Ct)).ShouldSucceed();

        (await host.Send(new AuthenticateApiTokenQuery(token.Secret), Ct)).ShouldFailWith(ApiTokenErrors.AccountDisabledCode);
        (await CanSignInAsync(host, alice)).ShouldBeFalse("a disabled account is locked out for ever");
        (await ListAsync(host, organizer, "alice")).IsDisabled.ShouldBeTrue();

        (await host.Send(new SetUserDisabledCommand(organizer, alice.UserId, Disabled: false), Ct)).ShouldSucceed();

        (await host.Send(new AuthenticateApiTokenQuery(token.Secret), Ct)).ShouldSucceed().UserId.ShouldBe(alice.UserId);
        (await CanSignInAsync(host, alice)).ShouldBeTrue();
        (await AuditAsync(host, alice.UserId)).ShouldBe([UserAuditActions.Disabled, UserAuditActions.Enabled]);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task UnlockEndsALockoutAfterWrongPasswordsButNotADisable(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var bob = await host.CreateUserAsync("bob");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(bob.UserId.ToString()))!;
            for (var i = 0; i < PortalIdentityOptions.MaxFailedAccessAttempts; i++)
            {
                await users.AccessFailedAsync(user);
            }

            (await users.IsLockedOutAsync(user)).ShouldBeTrue();
        }

        (await host.Send(new UnlockUserCommand(organizer, bob.UserId), Ct)).ShouldSucceed();

        (await CanSignInAsync(host, bob)).ShouldBeTrue();
        (await AuditAsync(host, bob.UserId)).ShouldBe([UserAuditActions.Unlocked]);

        (await host.Send(new SetUserDisabledCommand(organizer, bob.UserId, true), Ct)).ShouldSucceed();
        var refused = (await host.Send(new UnlockUserCommand(organizer, bob.UserId), Ct)).ShouldFailWith(ErrorCodes.Conflict);
        refused.MessageId.ShouldBe("user.disabled-not-locked");
        refused.Message.ShouldContain("bob@test.medrec");
        (await CanSignInAsync(host, bob)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task OrganizersChangeRolesButNeverTakeTheirOwnNorDisableThemselves(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var carol = await host.CreateUserAsync("carol");

        (await host.Send(new ChangeUserRoleCommand(organizer, carol.UserId, Organizer: true), Ct)).ShouldSucceed();
        (await ListAsync(host, organizer, "carol")).IsOrganizer.ShouldBeTrue();
        (await host.Send(new ChangeUserRoleCommand(organizer, carol.UserId, Organizer: false), Ct)).ShouldSucceed();
        (await ListAsync(host, organizer, "carol")).IsOrganizer.ShouldBeFalse();

        (await host.Send(new ChangeUserRoleCommand(organizer, organizer.UserId, Organizer: false), Ct)).ShouldFailWith(ErrorCodes.Conflict).MessageId.ShouldBe("user.not-yourself");
        (await host.Send(new SetUserDisabledCommand(organizer, organizer.UserId, true), Ct)).ShouldFailWith(ErrorCodes.Conflict).MessageId.ShouldBe("user.not-yourself");
        (await ListAsync(host, organizer, "organizer")).IsOrganizer.ShouldBeTrue();
        (await host.Send(new SetUserDisabledCommand(organizer, Guid.NewGuid(), true), Ct)).ShouldFailWith(ErrorCodes.NotFound);

        await using var db = await host.OpenAsync();
        var changes = await db.AuditEvents.Where(e => e.Action == UserAuditActions.RoleChanged).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(Ct);
        changes.Count.ShouldBe(2);
        changes.ShouldAllBe(e => e.ActorUserId == organizer.UserId);
        changes[0].AfterJson!.ShouldContain("Organizer");
        changes[1].AfterJson!.ShouldContain("Participant");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ASentResetMailsAWorkingLinkInTheAccountsLanguage(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var dan = await host.CreateUserAsync("dan");
        await host.SetLanguageAsync(dan, "zh-CN");

        (await host.Send(new SendPasswordResetCommand(organizer, dan.UserId, ResetPage), Ct)).ShouldSucceed();

        var mail = (await host.DeliverMailAsync()).ShouldHaveSingleItem();
        mail.To.ShouldBe("dan@test.medrec");
        mail.Language.ShouldBe("zh-CN");
        mail.Subject.ShouldContain("重置您的密码");
        var (userId, code) = ParseLink(mail.Text);
        userId.ShouldBe(dan.UserId);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(dan.UserId.ToString()))!;
            (await users.ResetPasswordAsync(user, code, "a-new-secret-99")).Succeeded.ShouldBeTrue();
            (await users.CheckPasswordAsync(user, "a-new-secret-99")).ShouldBeTrue();
        }

        (await AuditAsync(host, dan.UserId)).ShouldBe([UserAuditActions.PasswordResetSent]);

        (await host.Send(new SetUserDisabledCommand(organizer, dan.UserId, true), Ct)).ShouldSucceed();
        (await host.Send(new SendPasswordResetCommand(organizer, dan.UserId, ResetPage), Ct)).ShouldFailWith(ErrorCodes.Conflict).MessageId.ShouldBe("user.disabled-no-reset");
        (await host.Send(new SendPasswordResetCommand(organizer, dan.UserId, new Uri("/Account/ResetPassword", UriKind.Relative)), Ct)).ShouldFailWith(ErrorCodes.Validation);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AParticipantCannotUseAnyAccountAction(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var participant = await host.CreateUserAsync("mallory");
        var victim = await host.CreateUserAsync("victim");

        (await host.Send(new SetUserDisabledCommand(participant, victim.UserId, true), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new ChangeUserRoleCommand(participant, participant.UserId, true), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new UnlockUserCommand(participant, victim.UserId), Ct)).ShouldFailWith(ErrorCodes.Forbidden);
        (await host.Send(new SendPasswordResetCommand(participant, victim.UserId, ResetPage), Ct)).ShouldFailWith(ErrorCodes.Forbidden);

        (await CanSignInAsync(host, victim)).ShouldBeTrue();
        await using var db = await host.OpenAsync();
        (await db.UserRoles.CountAsync(r => r.UserId == participant.UserId, Ct)).ShouldBe(1, "still a participant only");
        (await db.AuditEvents.CountAsync(Ct)).ShouldBe(0);
        (await host.DeliverMailAsync()).ShouldBeEmpty();
    }

    /// <summary>The user id and token of a mailed link (…?userId=…&amp;code=…), as the reset page reads them.</summary>
    internal static (Guid UserId, string Code) ParseLink(string text)
    {
        var match = LinkPattern().Match(text);
        match.Success.ShouldBeTrue($"no account link in the mail:\n{text}");
        return (Guid.Parse(match.Groups["user"].Value), Uri.UnescapeDataString(match.Groups["code"].Value));
    }

    private static async Task<bool> CanSignInAsync(PortalTestHost host, Actor actor)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(actor.UserId.ToString()))!;
        return !await users.IsLockedOutAsync(user) && await users.IsEmailConfirmedAsync(user) && await users.CheckPasswordAsync(user, PortalTestHost.Password);
    }

    private static async Task<Abstractions.UserSummary> ListAsync(PortalTestHost host, Actor organizer, string name) =>
        (await host.Send(new ListUsersQuery(organizer, Search: name + "@"), Ct)).ShouldSucceed().Items.ShouldHaveSingleItem();

    private static async Task<List<string>> AuditAsync(PortalTestHost host, Guid userId)
    {
        await using var db = await host.OpenAsync();
        var id = userId.ToString();
        return await db.AuditEvents.Where(e => e.EntityType == "User" && e.EntityId == id).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct);
    }

    [GeneratedRegex(@"\?userId=(?<user>[0-9a-fA-F-]{36})&code=(?<code>[^\s""<]+)")]
    private static partial Regex LinkPattern();
}
