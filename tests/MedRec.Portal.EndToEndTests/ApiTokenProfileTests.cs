using System.Net;
using System.Net.Http.Headers;
using MedRec.Portal.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests;

/// <summary>
/// The profile's API tokens in a real browser: create one, see the secret once, use it against the API,
/// revoke it and see the API refuse it. Screenshots in both languages go to artifacts/screenshots.
/// </summary>
public sealed class ApiTokenProfileTests : IAsyncLifetime
{
    private readonly PortalServer _server = new();
    private Browser? _browser;

    public async ValueTask InitializeAsync()
    {
        _browser = await Browser.LaunchAsync();
        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TokenCreatedOnTheProfileWorksOnTheApiUntilItIsRevoked()
    {
        var page = await _browser!.NewPageAsync(_server.BaseUrl, await _server.LocaleOfAsync(PortalServer.OrganizerEmail));
        await page.GotoAsync("Account/Login?ReturnUrl=%2Fprofile");
        await page.FillByIdAsync("email", PortalServer.OrganizerEmail);
        await page.FillByIdAsync("password", PortalServer.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.ByTestId("api-tokens-none").WaitForAsync();

        await page.Field("api-token-name").FillAsync("训练服务器");
        await page.ByTestId("api-token-create").ClickAsync();
        var secret = (await page.ByTestId("api-token-secret").TextContentAsync())!.Trim();
        await Assertions.Expect(page.ByTestId("api-token-row")).ToContainTextAsync("训练服务器");
        await Assertions.Expect(page.ByTestId("api-tokens")).ToContainTextAsync("只显示这一次");
        await page.ScreenshotAsync("profile-api-token-created-zh");

        using var api = new HttpClient { BaseAddress = _server.BaseUrl };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        secret.ShouldStartWith("mrp_");
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Once dismissed, the secret is gone from the page for good.
        await page.ByTestId("api-token-done").ClickAsync();
        await Assertions.Expect(page.ByTestId("api-token-secret")).ToHaveCountAsync(0);
        (await page.ContentAsync()).ShouldNotContain(secret);

        // Revoking asks first: cancelling keeps the token working; confirming revokes it.
        await page.ByTestId("api-token-revoke").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("训练服务器");
        await page.ScreenshotAsync("profile-api-token-revoke-confirm-zh");
        await dialog.Locator(".mud-dialog-actions button").First.ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        (await api.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Assertions.Expect(page.ByTestId("api-token-revoked")).ToHaveCountAsync(0);

        await page.ByTestId("api-token-revoke").ClickAsync();
        await page.Locator(".mud-dialog .mud-dialog-actions button").Last.ClickAsync();
        await page.ByTestId("api-token-revoked").WaitForAsync();
        using var refused = await api.GetAsync("/api/v1/me");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("token.revoked");

        await page.GoToInteractiveAsync("culture?culture=en&redirectUri=%2Fprofile");
        await Assertions.Expect(page.ByTestId("api-tokens")).ToContainTextAsync("API tokens");
        await page.Field("api-token-name").FillAsync("laptop");
        await page.ByTestId("api-token-create").ClickAsync();
        await page.ByTestId("api-token-secret").WaitForAsync();
        await page.ScreenshotAsync("profile-api-tokens-en");
    }
}
