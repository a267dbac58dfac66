using System.Net.Http.Headers;
using System.Text.Json;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// Listens to one instance's board event stream (<c>/api/v1/phases/{id}/leaderboard/events</c>) and records when each
/// event arrived and which instant it carries (the latest score it covers), so the harness can say how long after a
/// score was saved (by a worker process, elsewhere) the board on this instance heard of it.
/// </summary>
internal sealed class BoardFeed : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(DateTime ReceivedAt, DateTime OccurredAt)> _events = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _reading;

    public IReadOnlyList<(DateTime ReceivedAt, DateTime OccurredAt)> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public async Task StartAsync(Uri instance, Guid phaseId, string token)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _reading = Task.Run(async () =>
        {
            using (http)
            {
                using var response = await http.GetAsync(new Uri(instance, $"api/v1/phases/{phaseId}/leaderboard/events"), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
                _connected.TrySetResult();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        var received = DateTime.UtcNow;
                        using var data = JsonDocument.Parse(line["data: ".Length..]);
                        var occurred = data.RootElement.GetProperty("occurredAt").GetDateTime().ToUniversalTime();
                        lock (_events)
                        {
                            _events.Add((received, occurred));
                        }
                    }
                }
            }
        });
        await Task.WhenAny(_connected.Task, _reading).WaitAsync(TimeSpan.FromSeconds(30));
        if (_reading.IsFaulted)
        {
            await _reading;
        }
    }

    /// <summary>When the first event covering <paramref name="scoredAt"/> arrived; null when none did.</summary>
    public DateTime? HeardOf(DateTime scoredAt) =>
        Events.Where(e => e.OccurredAt >= scoredAt).Select(e => (DateTime?)e.ReceivedAt).Min();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_reading is not null)
            {
                await _reading;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or IOException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
