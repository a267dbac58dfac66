using Microsoft.Playwright;

namespace MedRec.Portal.EndToEndTests.Infrastructure;

/// <summary>Navigation and form helpers that wait for the Blazor circuit where clicks need it.</summary>
public static class PageExtensions
{
    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotDirectory { get; } = LocateScreenshots();

    /// <summary>Opens a page and waits until its circuit is interactive.</summary>
    public static async Task GoToInteractiveAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits for the layout's marker that only a live circuit sets.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-portal-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

    /// <summary>A MudBlazor input by the data-testid given to its component (on the input or its wrapper).</summary>
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>An element by data-testid.</summary>
    public static ILocator ByTestId(this IPage page, string testId) => page.Locator($"[data-testid={testId}]").First;

    /// <summary>Saves a full-page screenshot under <see cref="ScreenshotDirectory"/>.</summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        // Transitions run to their end first: a floating label caught mid-way overlaps the text it labels.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>Fills a static account form field by its id and leaves the value set.</summary>
    public static Task FillByIdAsync(this IPage page, string id, string value) => page.Locator($"#{id}").FillAsync(value);

    private static string LocateScreenshots()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MedRec.Portal.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
    }
}
