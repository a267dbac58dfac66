using System.Net;
using System.Text.RegularExpressions;

namespace MedRec.Portal.FunctionalTests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser on the static account pages: it keeps cookies and posts forms
/// with the antiforgery token and Blazor form name the page rendered.
/// </summary>
public sealed partial class PortalBrowser(HttpClient client) : IDisposable
{
    /// <summary>The underlying client (cookies kept, redirects not followed).</summary>
    public HttpClient Client { get; } = client;

    /// <summary>Signs in through the login page; returns the response to the form post.</summary>
    public Task<HttpResponseMessage> LogInAsync(string email, string password = PortalFactory.Password) =>
        PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Signs in and checks that it worked (a redirect away from the login page).</summary>
    public async Task LogInSuccessfullyAsync(string email, string password = PortalFactory.Password)
    {
        using var response = await LogInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldNotContain("Account/Login");
    }

    /// <summary>Loads <paramref name="path"/>, fills the form it renders, and posts it back.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await Client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = HiddenValue(page, "__RequestVerificationToken"),
            ["_handler"] = HiddenValue(page, "_handler"),
        };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(path, content);
    }

    /// <summary>Presses the app bar's log-out button (a form post with the page's antiforgery token).</summary>
    public async Task<HttpResponseMessage> LogOutAsync()
    {
        var page = await Client.GetStringAsync("/");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenValue(page, "__RequestVerificationToken"),
            ["ReturnUrl"] = "",
        });
        return await Client.PostAsync("/Account/Logout", content);
    }

    /// <summary>GET a page and return its status and HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html, Uri? Location)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    public void Dispose() => Client.Dispose();

    /// <summary>The value of the hidden input <paramref name="name"/> in <paramref name="html"/>.</summary>
    public static string HiddenValue(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (tag.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            {
                return WebUtility.HtmlDecode(ValueAttribute().Match(tag).Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"The page has no hidden input named {name}.");
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();
}
