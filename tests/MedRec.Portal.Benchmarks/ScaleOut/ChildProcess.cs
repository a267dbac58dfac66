using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// A process the scale-out harness starts (a portal instance, redis-server, nginx): its output goes to a log file,
/// <see cref="KillHard"/> is <c>kill -9</c> (SIGKILL: no shutdown code runs), and <see cref="Restart"/> starts the same
/// command again with the same settings, as a supervisor would.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly ProcessStartInfo _start;
    private readonly string _log;
    private Process? _process;
    private StreamWriter? _writer;

    public ChildProcess(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        Name = name;
        _log = Path.Combine(logDirectory, name + ".log");
        _start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            _start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            _start.Environment[key] = value;
        }
    }

    public string Name { get; }

    public int Kills { get; private set; }

    public bool HasExited => _process?.HasExited ?? true;

    public ChildProcess Start()
    {
        _writer?.Dispose();
        _writer = new StreamWriter(_log, append: true) { AutoFlush = true };
        var writer = _writer;
        _process = Process.Start(_start) ?? throw new InvalidOperationException($"could not start {Name}");
        _process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        return this;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to release anything.</summary>
    public void KillHard()
    {
        _process?.Kill(entireProcessTree: false);
        _process?.WaitForExit();
        Kills++;
    }

    public void Restart() => Start();

    /// <summary>The last lines of its log, for a failure message.</summary>
    public string Tail(int lines = 30)
    {
        try
        {
            using var stream = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    public void Dispose()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process?.Dispose();
        _writer?.Dispose();
    }

    /// <summary>A free loopback TCP port (bound and released: good enough on a machine the harness owns).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writer)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The process outlived its log (restart): drop the line.
            }
        }
    }
}
