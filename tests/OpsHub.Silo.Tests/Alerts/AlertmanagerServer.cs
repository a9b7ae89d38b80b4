using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>
/// A real Prometheus Alertmanager (Debian's 0.25) on a free loopback port with a throwaway configuration and
/// storage, clustering off.
/// </summary>
internal sealed class AlertmanagerServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus-alertmanager";

    private readonly Process _process;
    private readonly string _directory;

    private AlertmanagerServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<AlertmanagerServer> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("opshub-alertmanager-").FullName;
        var config = Path.Combine(directory, "alertmanager.yml");
        await File.WriteAllTextAsync(config, """
            route:
              receiver: blackhole
            receivers:
              - name: blackhole
            """, TestContext.Current.CancellationToken);
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(Binary,
        [
            $"--config.file={config}",
            $"--storage.path={Path.Combine(directory, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Alertmanager did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AlertmanagerServer(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        await Eventually.GetAsync(server.IsReadyAsync, ready => ready, TimeSpan.FromSeconds(30), "Alertmanager ready");
        return server;
    }

    /// <summary>What <c>GET /api/v2/alerts</c> lists (Alertmanager drops resolved alerts from it).</summary>
    public async Task<List<JsonElement>> AlertsAsync() =>
        (await Client.GetFromJsonAsync<List<JsonElement>>("api/v2/alerts", TestContext.Current.CancellationToken))!;

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
