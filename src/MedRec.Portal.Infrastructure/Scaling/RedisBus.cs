using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MedRec.Portal.Infrastructure.Scaling;

/// <summary>
/// Redis pub/sub under the <c>medrec:</c> channel prefix. Each message carries this process's random origin id so its
/// own echo is dropped. The connection retries in the background (<c>abortConnect=false</c>): a portal starts and
/// serves while Redis is down, only without cross-process events until it is back.
/// </summary>
internal sealed class RedisBus : IPortalBus, IDisposable
{
    private const string Prefix = "medrec:";

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly ConnectionMultiplexer _redis;
    private readonly ILogger<RedisBus> _logger;

    public RedisBus(string connectionString, ILogger<RedisBus> logger)
    {
        _logger = logger;
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName ??= "medrec-portal";
        _redis = ConnectionMultiplexer.Connect(options);
        _redis.ConnectionFailed += (_, e) => _logger.LogWarning(e.Exception, "Redis connection lost ({FailureType}); events between instances wait until it is back", e.FailureType);
        _redis.ConnectionRestored += (_, _) => _logger.LogInformation("Redis connection restored");
    }

    public bool IsShared => true;

    public void Publish(string channel, string message)
    {
        var envelope = JsonSerializer.Serialize(new Envelope(_origin, message));
        try
        {
            _redis.GetSubscriber().Publish(RedisChannel.Literal(Prefix + channel), envelope, CommandFlags.FireAndForget);
        }
        catch (RedisException exception)
        {
            // Best effort (see IPortalBus): the publisher's own work is done and saved; others catch up by polling.
            _logger.LogWarning(exception, "Could not publish on Redis channel {Channel}", channel);
        }
    }

    public void Subscribe(string channel, Action<string> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        // Subscriptions are remembered by the multiplexer and renewed after a reconnect, also when Redis is down now.
        _redis.GetSubscriber().Subscribe(RedisChannel.Literal(Prefix + channel), (_, value) =>
        {
            try
            {
                var envelope = JsonSerializer.Deserialize<Envelope>(value.ToString());
                if (envelope is not null && envelope.Origin != _origin)
                {
                    handler(envelope.Message);
                }
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "A message on Redis channel {Channel} could not be handled", channel);
            }
        }, CommandFlags.FireAndForget);
    }

    public void Dispose() => _redis.Dispose();

    private sealed record Envelope(string Origin, string Message);
}
