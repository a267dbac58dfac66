using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), plus helpers every test needs.</summary>
public sealed class Browser : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>Starts Chromium; skips the test, saying why, where it is not installed.</summary>
    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip($"Chromium not found at {ChromiumPath}: run tests/scripts/install-test-deps.sh (installs the Debian chromium package).");
        }

        // Expectations wait up to 20 s, not Playwright's 5: on a shared 2-core machine a page under load (a circuit
        // starting, the outbox worker's next poll) can take longer, and a passing check returns as soon as it holds.
        Assertions.SetDefaultExpectTimeout(20_000);
        var browser = new Browser { _playwright = await Playwright.CreateAsync() };
        browser.Chromium = await browser._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
        return browser;
    }

    /// <summary>A fresh profile (own cookies) with a desktop-sized window and a fixed zone.</summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl, string locale = "en-US", int width = 1366, int height = 900)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Europe/Berlin",
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
