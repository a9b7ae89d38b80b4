using System.Diagnostics;
using System.Globalization;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>OpsHub as a real separate process, so a test can kill it with SIGKILL and start it again.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const string TestUser = "test-everything";
    private const string TestPassword = "test-only-password";
    private static readonly string TestPasswordHash = OpsHub.Dashboard.Auth.PasswordHash.Create(TestPassword, iterations: 1_000);
    private readonly Process _process;
    private readonly System.Net.CookieContainer _cookies = new();

    private SiloProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Debug or Release, as the tests were built.</summary>
    public static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    /// <summary>
    /// Starts OpsHub on <paramref name="connectionString"/>. A restarted silo must reuse its silo port
    /// (<paramref name="siloPort"/>): Orleans then sees the new generation at the same address and declares the killed
    /// one dead at once, as it does for a real deployment with fixed ports.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(
        string connectionString, string clusterId, int siloPort, int gatewayPort, IReadOnlyDictionary<string, string>? settings = null, int? httpPort = null)
    {
        var root = RepositoryRoot();
        var configuration = BuildConfiguration;
        var siloDirectory = Path.Combine(root, "Silo", "OpsHub.Silo");
        var dll = Path.Combine(siloDirectory, "bin", configuration, "net10.0", "OpsHub.Silo.dll");
        var port = httpPort ?? FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = siloDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["OpsHub__Postgres__ConnectionString"] = connectionString;
        start.Environment["OpsHub__Silo__ClusterId"] = clusterId;
        start.Environment["OpsHub__Silo__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["OpsHub__Silo__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        // A test account with every role over the whole province, signed in once the process is ready (see CreateClient).
        start.Environment["OpsHub__Users__Accounts__90__UserName"] = TestUser;
        start.Environment["OpsHub__Users__Accounts__90__PasswordHash"] = TestPasswordHash;
        start.Environment["OpsHub__Users__Accounts__90__Roles__0"] = "leader";
        start.Environment["OpsHub__Users__Accounts__90__Roles__1"] = "counter-head";
        start.Environment["OpsHub__Users__Accounts__90__Roles__2"] = "ops";
        start.Environment["OpsHub__Users__Accounts__90__Units__0"] = "BRVT";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo process.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is not null)
            {
                output.Enqueue(line);
                while (output.Count > 200 && output.TryDequeue(out _))
                {
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = silo.CreateClient();
        try
        {
            await WaitReadyAsync(process, client);
            await SignInForm.SubmitAsync(client, TestUser, TestPassword);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await silo.DisposeAsync();
            throw new InvalidOperationException($"The silo process did not become ready. Its last output:\n{string.Join('\n', output)}", ex);
        }

        return silo;
    }

    private static async Task WaitReadyAsync(Process process, HttpClient client) =>
        await Eventually.GetAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The silo process exited with {process.ExitCode} while starting.");
                }

                try
                {
                    return (await client.GetAsync("health/ready", TestContext.Current.CancellationToken)).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            ready => ready,
            TimeSpan.FromSeconds(120),
            "ready");

    /// <summary>A client with the development source's key, signed in as a test account with every role over the whole province.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }, disposeHandler: true) { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", OpsHubServer.DevApiKey);
        return client;
    }

    /// <summary>The sign-in cookie of the test account, for a browser or a SignalR client.</summary>
    public System.Net.Cookie AuthCookie => _cookies.GetCookies(Address).First(c => c.Name == "opshub-auth");

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>The repository's root: the folder holding OpsHub.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpsHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpsHub.sln not found above the test binaries.");
    }
}
