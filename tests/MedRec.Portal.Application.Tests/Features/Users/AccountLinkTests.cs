using MedRec.Portal.Application.Common;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Application.Features.Users.Admin;
using MedRec.Portal.Application.Features.Users.Links;
using MedRec.Portal.Infrastructure.Identity;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Application.Tests.Features.Users;

/// <summary>The anonymous account mails: "forgot password" and the registration's confirmation link.</summary>
public sealed class AccountLinkTests
{
    private static readonly Uri ResetPage = new("https://portal.test/Account/ResetPassword");
    private static readonly Uri ConfirmPage = new("https://portal.test/Account/ConfirmEmail");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ForgotPasswordMailsOnlyExistingEnabledAccountsAndAnswersAlike(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var organizer = await host.CreateUserAsync("organizer", organizer: true);
        var erin = await host.CreateUserAsync("erin");
        await host.SetLanguageAsync(erin, "en");
        var frank = await host.CreateUserAsync("frank");
        (await host.Send(new SetUserDisabledCommand(organizer, frank.UserId, true), Ct)).ShouldSucceed();

        (await host.Send(new RequestPasswordResetCommand("  ERIN@test.medrec ", ResetPage), Ct)).ShouldSucceed();
        (await host.Send(new RequestPasswordResetCommand("nobody@test.medrec", ResetPage), Ct)).ShouldSucceed();
        (await host.Send(new RequestPasswordResetCommand("frank@test.medrec", ResetPage), Ct)).ShouldSucceed();

        var mail = (await host.DeliverMailAsync()).ShouldHaveSingleItem();
        mail.To.ShouldBe("erin@test.medrec");
        mail.Language.ShouldBe("en");
        mail.Subject.ShouldBe("Reset your password · MedRec.Portal");
        mail.Text.ShouldContain("https://portal.test/Account/ResetPassword?userId=");
        mail.Html!.ShouldContain("<a href=\"https://portal.test/Account/ResetPassword?userId=");
        AccountAdminTests.ParseLink(mail.Text).UserId.ShouldBe(erin.UserId);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheConfirmationLinkConfirmsAnUnconfirmedAccountAndIsNotSentTwiceAfterwards(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        Guid id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = "gil@test.medrec", Email = "gil@test.medrec", DisplayName = "吉尔", PreferredLanguage = "zh-CN", CreatedAt = host.Clock.UtcNow };
            (await users.CreateAsync(user, PortalTestHost.Password)).Succeeded.ShouldBeTrue();
            id = user.Id;
        }

        (await host.Send(new SendEmailConfirmationCommand("gil@test.medrec", ConfirmPage), Ct)).ShouldSucceed();
        var mail = (await host.DeliverMailAsync()).ShouldHaveSingleItem();
        mail.Language.ShouldBe("zh-CN");
        mail.Subject.ShouldContain("请确认您的邮箱");
        mail.Text.ShouldContain("吉尔，您好");
        var (userId, code) = AccountAdminTests.ParseLink(mail.Text);
        userId.ShouldBe(id);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            (await users.ConfirmEmailAsync(user, code)).Succeeded.ShouldBeTrue();
        }

        (await host.Send(new SendEmailConfirmationCommand("gil@test.medrec", ConfirmPage), Ct)).ShouldSucceed();
        (await host.DeliverMailAsync()).Count.ShouldBe(1, "a confirmed account gets no second confirmation mail");
    }
}
