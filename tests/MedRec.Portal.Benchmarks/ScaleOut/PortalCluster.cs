using System.Globalization;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// Starts the portal's own binary (<c>MedRec.Portal.Web.dll</c>, built beside the harness) as separate processes on
/// loopback, all on one PostgreSQL database and one Redis: web instances (<c>Portal:Roles=Web</c>) and scoring worker
/// processes (<c>Portal:Roles=Scoring</c>), plus redis-server and, when asked, nginx in front of the web instances.
/// </summary>
internal sealed class PortalCluster : IAsyncDisposable
{
    private readonly List<ChildProcess> _all = [];
    private readonly string _database;
    private readonly string _provider;
    private bool _disposed;
    private readonly HttpClient _health = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <param name="database">The portal's connection string, on <paramref name="provider"/> (Postgres, or Sqlite: one file shared by the processes).</param>
    public PortalCluster(string database, string directory, string provider = "Postgres")
    {
        _database = database;
        _provider = provider;
        Directory = directory;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "logs"));
    }

    public string Directory { get; }

    public string Logs => Path.Combine(Directory, "logs");

    public string? Redis { get; private set; }

    public List<(ChildProcess Process, Uri Url)> Web { get; } = [];

    public List<(ChildProcess Process, Uri Url)> Workers { get; } = [];

    public Uri? Proxy { get; private set; }

    /// <summary>redis-server on a free port, without persistence (pub/sub only).</summary>
    public async Task StartRedisAsync(string redisServer = "/usr/bin/redis-server")
    {
        var port = ChildProcess.FreePort();
        var redis = Track(new ChildProcess("redis", redisServer, ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], new Dictionary<string, string>(), Logs).Start());
        Redis = $"127.0.0.1:{port}";
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline && !redis.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>A web instance; the first one migrates the database, so start it before the others.</summary>
    public Task<Uri> StartWebAsync(string instanceId, IReadOnlyDictionary<string, string>? extra = null) =>
        StartPortalAsync(instanceId, "Web", Web, extra);

    /// <summary>A scoring worker process with <paramref name="workers"/> scoring loops (0: one per core).</summary>
    public Task<Uri> StartWorkerAsync(string instanceId, int workers) =>
        StartPortalAsync(instanceId, "Scoring", Workers, new Dictionary<string, string> { ["Scoring__Workers"] = workers.ToString(CultureInfo.InvariantCulture) });

    /// <summary>Waits until a portal process answers /health (its database is reachable and migrated).</summary>
    public async Task WaitHealthyAsync(ChildProcess process, Uri url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited during start:\n{process.Tail()}");
            }

            try
            {
                using var response = await _health.GetAsync(new Uri(url, "health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{process.Name} was not healthy within {timeout.TotalSeconds:0} s:\n{process.Tail()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>nginx in front of the web instances with the deploy config's proxy settings (ip_hash, WebSockets).</summary>
    public async Task<Uri> StartNginxAsync(string nginx = "/usr/sbin/nginx")
    {
        var port = ChildProcess.FreePort();
        var root = Path.Combine(Directory, "nginx");
        System.IO.Directory.CreateDirectory(root);
        var config = Path.Combine(root, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig.ForLoopback(port, Web.Select(w => w.Url.Authority), root));
        var proxy = Track(new ChildProcess("nginx", nginx, ["-p", root, "-c", config, "-g", "daemon off;"], new Dictionary<string, string>(), Logs).Start());
        Proxy = new Uri($"http://127.0.0.1:{port}/");
        await WaitHealthyAsync(proxy, Proxy, TimeSpan.FromSeconds(20));
        return Proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Web and workers first (they hold database connections), Redis and nginx last.
        foreach (var process in Enumerable.Reverse(_all))
        {
            process.Dispose();
        }

        _health.Dispose();
        await Task.CompletedTask;
    }

    private async Task<Uri> StartPortalAsync(string instanceId, string roles, List<(ChildProcess, Uri)> into, IReadOnlyDictionary<string, string>? extra)
    {
        var port = ChildProcess.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
            ["DOTNET_gcServer"] = "0",
            ["Database__Provider"] = _provider,
            ["ConnectionStrings__Portal"] = _database,
            ["ConnectionStrings__Redis"] = Redis ?? throw new InvalidOperationException("start Redis first"),
            ["Database__DataDirectory"] = Path.Combine(Directory, instanceId),
            ["Portal__Roles"] = roles,
            ["Portal__InstanceId"] = instanceId,
            ["Seed__Demo"] = "false",
            ["Email__Sink"] = "Files",
            ["Email__Directory"] = Path.Combine(Directory, "mail"),
            ["Api__RateLimits__PerTokenPermits"] = "1000000",
            ["Api__RateLimits__PerAddressPermits"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Connection"] = "None",
            ["Logging__LogLevel__Microsoft.AspNetCore.StaticFiles"] = "Error",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = Track(new ChildProcess(instanceId, "dotnet", [PortalDll()], environment, Logs).Start());
        into.Add((process, url));
        await WaitHealthyAsync(process, url, TimeSpan.FromSeconds(120));
        return url;
    }

    private ChildProcess Track(ChildProcess process)
    {
        _all.Add(process);
        return process;
    }

    // The portal's own build output (a project reference of this harness, so built with it).
    private static string PortalDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedRec.Portal.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "MedRec.Portal.Web", "bin", "Release", "net10.0", "MedRec.Portal.Web.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the portal first: dotnet build src/MedRec.Portal.Web -c Release", dll);
            }
        }

        throw new DirectoryNotFoundException("Run from a checkout: MedRec.Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
