using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace OpsHub.Bench.Infrastructure;

/// <summary>
/// OpsHub (Silo/OpsHub.Silo, Release build) as a real separate process on loopback, so the benchmark can read its
/// memory, kill it with SIGKILL and start it again on the same ports.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    /// <summary>The development API key of appsettings.json's dev-local source.</summary>
    public const string ApiKey = "opshub-dev-key-change-me";

    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    /// <param name="root">The repository's root.</param>
    /// <param name="settings">Ports and database.</param>
    /// <param name="applyJournal">Whether the silo applies journaled events (off only to measure the journal door alone).</param>
    public static SiloProcess Start(string root, SiloSettings settings, bool applyJournal = true)
    {
        var siloDirectory = Path.Combine(root, "Silo", "OpsHub.Silo");
        var dll = Path.Combine(siloDirectory, "bin", "Release", "net10.0", "OpsHub.Silo.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing; build the solution in Release first (./bench.sh does).");
        }

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = siloDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{settings.HttpPort}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["OpsHub__Postgres__ConnectionString"] = settings.ConnectionString;
        start.Environment["OpsHub__Silo__ClusterId"] = "bench";
        start.Environment["OpsHub__Silo__SiloPort"] = settings.SiloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["OpsHub__Silo__GatewayPort"] = settings.GatewayPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["OpsHub__Ingest__Journal__ApplyEnabled"] = applyJournal ? "true" : "false";
        foreach (var (key, value) in BenchUnits.Settings(BenchUnits.ConfiguredUnits(Path.Combine(siloDirectory, "appsettings.json"))))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo process.");
        return new SiloProcess(process, new Uri($"http://127.0.0.1:{settings.HttpPort}/"));
    }

    public HttpClient CreateClient(int connections = 64)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; throws with the silo's last output when it does not in time.</summary>
    public async Task WaitReadyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {_process.ExitCode}. Its last output:\n{LastOutput()}");
            }

            try
            {
                using var response = await client.GetAsync("health/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"The silo was not ready within {timeout}. Its last output:\n{LastOutput()}");
    }

    public string LastOutput() => string.Join('\n', _output);

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (Environment.GetEnvironmentVariable("OPSHUB_BENCH_SILO_LOG") is { Length: > 0 } log)
        {
            lock (_output)
            {
                File.AppendAllText(log, line + Environment.NewLine);
            }
        }

        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}
