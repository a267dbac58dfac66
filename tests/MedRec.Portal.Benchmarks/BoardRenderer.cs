extern alias portal;

using MedRec.Portal.Application.Features.Leaderboards;
using portal::MedRec.Portal.Web.Components.Pages.Leaderboards.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Renders the board component's page of rows to HTML with Blazor's <see cref="HtmlRenderer"/>, as the server does
/// for each update of an open board (minus the diff sent to the browser).
/// </summary>
internal sealed class BoardRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public BoardRenderer()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddMudServices();
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        services.AddSingleton<NavigationManager, FixedNavigation>();
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>The HTML of the board's page, as a string (its length tells the caller something was rendered).</summary>
    public Task<string> RenderAsync(BoardView view) => _renderer.Dispatcher.InvokeAsync(async () =>
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(BoardTable.View)] = view,
            [nameof(BoardTable.State)] = new BoardQueryState(),
            [nameof(BoardTable.ViewerZone)] = TimeZoneInfo.Utc,
        });
        var output = await _renderer.RenderComponentAsync<BoardTable>(parameters);
        return output.ToHtmlString();
    });

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    // Static rendering never runs after-render code, where MudBlazor calls JavaScript; anything else would be a bug here.
    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new InvalidOperationException($"JS call {identifier} during static rendering");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);
    }

    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation() => Initialize("http://localhost/", "http://localhost/tasks/bench?tab=leaderboard");
    }
}
