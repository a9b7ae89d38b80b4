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

    // A loopback-only account for the benchmark (leader and ops over the whole province): its password is
    // "bench-only-password", PBKDF2 with 1,000 iterations, as PasswordHash.Create makes them.
    private const string BenchUser = "bench-only";
    private const string BenchPassword = "bench-only-password";
    private const string BenchPasswordHash = "pbkdf2-sha256$1000$b3BzaHViLWJlbmNoLXNsdA==$5E30V1g0xcvu00yWDFXvkJ0mg3FAa6Wp2W5WOyheSPU=";

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

    /// <summary>The sign-in cookie (set once the silo is ready), for HTTP clients and the SignalR client.</summary>
    public System.Net.CookieContainer Cookies { get; } = new();

    public int Pid => _process.Id;

    private static int _jitLogs;

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
        start.Environment["OpsHub__Users__Accounts__90__UserName"] = BenchUser;
        start.Environment["OpsHub__Users__Accounts__90__PasswordHash"] = BenchPasswordHash;
        start.Environment["OpsHub__Users__Accounts__90__Roles__0"] = "leader";
        start.Environment["OpsHub__Users__Accounts__90__Roles__1"] = "ops";
        start.Environment["OpsHub__Users__Accounts__90__Units__0"] = "BRVT";
        foreach (var (key, value) in BenchUnits.Settings(BenchUnits.ConfiguredUnits(Path.Combine(siloDirectory, "appsettings.json"))).Concat(settings.Extra))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // Diagnostic (BENCHMARKS.md, run 12): with OPSHUB_BENCH_JIT_LOG=/some/prefix each silo started writes every method
        // the runtime compiles, with its tier, to prefix.1, prefix.2, ... in the order started.
        if (Environment.GetEnvironmentVariable("OPSHUB_BENCH_JIT_LOG") is { Length: > 0 } jit)
        {
            start.Environment["DOTNET_JitStdOutFile"] = jit + "." + Interlocked.Increment(ref _jitLogs);
            start.Environment["DOTNET_JitDisasmSummary"] = "1";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo process.");
        return new SiloProcess(process, new Uri($"http://127.0.0.1:{settings.HttpPort}/"));
    }

    public HttpClient CreateClient(int connections = 64)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30), CookieContainer = Cookies, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>
    /// Waits until <c>/health/ready</c> answers 200 and signs the benchmark's account in through the form (the read API,
    /// the hub and /metrics need it); throws with the silo's last output when it does not in time.
    /// </summary>
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
                    await SignInAsync(client, cancellationToken);
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

    private static async Task SignInAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var form = await client.GetStringAsync("canh-bao/dang-nhap", cancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["userName"] = BenchUser,
            ["password"] = BenchPassword,
        });
        using var signedIn = await client.PostAsync("canh-bao/dang-nhap", body, cancellationToken);
        if (signedIn.StatusCode != System.Net.HttpStatusCode.Redirect || signedIn.Headers.Location?.OriginalString.Contains("loi=", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"The benchmark account could not sign in: {(int)signedIn.StatusCode} {signedIn.Headers.Location}");
        }
    }

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
