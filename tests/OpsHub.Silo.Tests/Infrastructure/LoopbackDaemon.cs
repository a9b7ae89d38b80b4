using System.Diagnostics;
using System.Globalization;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>
/// A real server binary of the Prometheus family (Prometheus, Alertmanager) on a free loopback port, with a throwaway
/// folder for its configuration and storage, ready once <c>-/ready</c> answers; killed and cleaned up on dispose.
/// </summary>
internal sealed class LoopbackDaemon : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly string _name;

    private LoopbackDaemon(string name, Process process, string directory, Uri address)
    {
        _name = name;
        _process = process;
        _directory = directory;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>A client with the daemon's address as its base.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Writes <paramref name="config"/> to a fresh folder, starts <paramref name="binary"/> with the arguments
    /// <paramref name="arguments"/> makes of (config file, folder, listen address), and waits until it is ready.
    /// </summary>
    public static async Task<LoopbackDaemon> StartAsync(string name, string binary, string config, Func<string, string, string, IEnumerable<string>> arguments)
    {
        var directory = Directory.CreateTempSubdirectory($"opshub-{name.ToLowerInvariant()}-").FullName;
        var configFile = Path.Combine(directory, "config.yml");
        await File.WriteAllTextAsync(configFile, config, TestContext.Current.CancellationToken);
        var listen = $"127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo(binary, arguments(configFile, directory, listen)) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new LoopbackDaemon(name, process, directory, new Uri($"http://{listen}/"));
        await Eventually.GetAsync(daemon.IsReadyAsync, ready => ready, TimeSpan.FromSeconds(30), $"{name} ready");
        return daemon;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> IsReadyAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{_name} exited with {_process.ExitCode}.");
        }

        try
        {
            using var response = await Client.GetAsync("-/ready", TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
