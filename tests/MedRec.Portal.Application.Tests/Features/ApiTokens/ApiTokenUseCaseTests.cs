using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.ApiTokens;
using MedRec.Portal.Application.Features.ApiTokens.AuthenticateApiToken;
using MedRec.Portal.Application.Features.ApiTokens.CreateApiToken;
using MedRec.Portal.Application.Features.ApiTokens.ListApiTokens;
using MedRec.Portal.Application.Features.ApiTokens.RevokeApiToken;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.ApiTokens;

/// <summary>Personal API tokens: created with a one-time secret, stored hashed, audited, revoked, expiring.</summary>
public sealed class ApiTokenUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task CreatedTokenAuthenticatesItsOwnerAndOnlyItsHashIsStored(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");

        var created = (await host.Send(new CreateApiTokenCommand(alice, "  training server ", null), Ct)).ShouldSucceed();
        var owner = (await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct)).ShouldSucceed();

        created.Secret.ShouldStartWith("mrp_");
        created.Secret.Length.ShouldBe(ApiToken.SecretLength);
        created.Token.Name.ShouldBe("training server");
        created.Token.DisplayPrefix.ShouldBe(created.Secret[..8]);
        created.ToString().ShouldNotContain(created.Secret);
        owner.UserId.ShouldBe(alice.UserId);
        owner.IsOrganizer.ShouldBeFalse();
        owner.TokenId.ShouldBe(created.Token.Id);
        await using var db = await host.OpenAsync();
        var stored = await db.ApiTokens.SingleAsync(Ct);
        stored.SecretHash.ShouldBe(ApiToken.HashSecret(created.Secret));
        stored.SecretHash.ShouldNotContain(created.Secret[4..]);
        stored.LastUsedAt.ShouldBe(host.Clock.UtcNow);
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == ApiTokenAuditActions.Created, Ct);
        audit.ActorUserId.ShouldBe(alice.UserId);
        audit.AfterJson!.ShouldContain("training server");
        audit.AfterJson!.ShouldNotContain(created.Secret);
        audit.AfterJson!.ShouldNotContain(stored.SecretHash);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RevokedTokenIsRefusedSayingWhenAndTheRevocationIsAudited(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");
        var created = (await host.Send(new CreateApiTokenCommand(alice, "laptop", null), Ct)).ShouldSucceed();

        (await host.Send(new RevokeApiTokenCommand(alice, created.Token.Id), Ct)).IsSuccess.ShouldBeTrue();
        var refused = await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct);

        refused.ShouldFailWith(ApiTokenErrors.RevokedCode);
        refused.Errors[0].Message.ShouldContain("was revoked at");
        var listed = await host.Send(new ListApiTokensQuery(alice), Ct);
        listed.ShouldHaveSingleItem().RevokedAt.ShouldBe(host.Clock.UtcNow);
        await using var db = await host.OpenAsync();
        (await db.AuditEvents.CountAsync(e => e.Action == ApiTokenAuditActions.Revoked && e.ActorUserId == alice.UserId, Ct)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task WrongPasswordsLockTheSignInButNotTheTokensAndDisablingStopsBoth(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");
        var created = (await host.Send(new CreateApiTokenCommand(alice, "deadline runner", null), Ct)).ShouldSucceed();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(alice.UserId.ToString()))!;
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await users.AccessFailedAsync(user);
            }

            (await users.IsLockedOutAsync(user)).ShouldBeTrue("five wrong passwords lock the sign-in");
        }

        // Someone mistyping alice's address on purpose does not switch off her team's scripts.
        (await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct)).ShouldSucceed().UserId.ShouldBe(alice.UserId);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(alice.UserId.ToString()))!;
            (await users.SetLockoutEndDateAsync(user, UserSummary.DisabledUntil)).Succeeded.ShouldBeTrue();
        }

        var refused = await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct);
        refused.ShouldFailWith(ApiTokenErrors.AccountDisabledCode).Message.ShouldContain("disabled by an organiser");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TokenStopsWorkingAtItsExpiry(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");
        var created = (await host.Send(new CreateApiTokenCommand(alice, "ci", host.Clock.UtcNow.AddDays(7)), Ct)).ShouldSucceed();

        host.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        (await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct)).IsSuccess.ShouldBeTrue();
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct);

        expired.ShouldFailWith(ApiTokenErrors.ExpiredCode);
        expired.Errors[0].Message.ShouldContain("expired at");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task NobodyCanRevokeSomeoneElsesToken(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");
        var mallory = await host.CreateUserAsync("mallory");
        var created = (await host.Send(new CreateApiTokenCommand(alice, "laptop", null), Ct)).ShouldSucceed();

        (await host.Send(new RevokeApiTokenCommand(mallory, created.Token.Id), Ct)).ShouldFailWith(ErrorCodes.NotFound);
        (await host.Send(new ListApiTokensQuery(mallory), Ct)).ShouldBeEmpty();
        (await host.Send(new AuthenticateApiTokenQuery(created.Secret), Ct)).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task BadNamesExpiriesAndTooManyTokensAreRefused(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var alice = await host.CreateUserAsync("alice");

        (await host.Send(new CreateApiTokenCommand(alice, "  ", null), Ct)).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Name");
        (await host.Send(new CreateApiTokenCommand(alice, "old", host.Clock.UtcNow.AddMinutes(-1)), Ct)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("in the future");
        (await host.Send(new CreateApiTokenCommand(alice, "forever", host.Clock.UtcNow.AddDays(400)), Ct)).ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("366 days");
        for (var i = 0; i < ApiTokenErrors.MaxActivePerUser; i++)
        {
            (await host.Send(new CreateApiTokenCommand(alice, $"t{i}", null), Ct)).IsSuccess.ShouldBeTrue();
        }

        (await host.Send(new CreateApiTokenCommand(alice, "one too many", null), Ct)).ShouldFailWith(ErrorCodes.Conflict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("mrp_short")]
    [InlineData("ghp_0000000000000000000000000000000000000000")]
    [InlineData("mrp_00000000000000000000000000000000000000!0")]
    public void OnlyWellFormedSecretsLookLikeTokens(string candidate) => ApiToken.LooksLikeSecret(candidate).ShouldBeFalse();
}
