using System.Net;
using System.Text.RegularExpressions;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// Logs in through one web instance's login form (antiforgery token and all, as a browser does) and presents the
/// sign-in cookie to another instance: the profile page must answer as that user there, which works only when both
/// read the same data-protection key ring (stored in the database). Without the cookie the same page must send the
/// caller to the login page, so the check cannot pass by accident.
/// </summary>
internal static partial class SessionCheck
{
    public static async Task<(bool Ok, string Detail)> MovesAsync(Uri loginOn, Uri useOn, string email, string password)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var cookies = new Dictionary<string, string>();

        using var form = await http.GetAsync(new Uri(loginOn, "Account/Login"));
        Remember(form, cookies);
        var html = await form.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>();
        foreach (var input in Inputs().Matches(html).Select(m => m.Value).Where(i => i.Contains("type=\"hidden\"", StringComparison.OrdinalIgnoreCase)))
        {
            if (Attribute("name", input) is { } name)
            {
                fields[name] = Attribute("value", input) ?? "";
            }
        }

        if (!fields.ContainsKey("__RequestVerificationToken"))
        {
            return (false, "the login page had no antiforgery token");
        }

        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(loginOn, "Account/Login")) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", Header(cookies));
        using var signedIn = await http.SendAsync(post);
        Remember(signedIn, cookies);
        if (!cookies.ContainsKey("MedRec.Auth"))
        {
            return (false, $"login on {loginOn} gave no MedRec.Auth cookie ({(int)signedIn.StatusCode})");
        }

        using var anonymous = await http.GetAsync(new Uri(useOn, "profile"));
        if (anonymous.StatusCode != HttpStatusCode.Redirect || anonymous.Headers.Location?.ToString().Contains("Account/Login", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (false, $"without a cookie {useOn}profile answered {(int)anonymous.StatusCode}, not a redirect to the login page");
        }

        using var moved = new HttpRequestMessage(HttpMethod.Get, new Uri(useOn, "profile"));
        moved.Headers.Add("Cookie", "MedRec.Auth=" + cookies["MedRec.Auth"]);
        using var profile = await http.SendAsync(moved);
        var page = await profile.Content.ReadAsStringAsync();
        return profile.StatusCode == HttpStatusCode.OK && page.Contains(email, StringComparison.OrdinalIgnoreCase)
            ? (true, $"signed in on {loginOn}, {useOn}profile shows {email}")
            : (false, $"{useOn}profile with A's cookie answered {(int)profile.StatusCode} {profile.Headers.Location}");
    }

    private static void Remember(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }
    }

    private static string Header(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    private static string? Attribute(string name, string tag) =>
        Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null;

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Inputs();
}
