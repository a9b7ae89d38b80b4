using System.Net.Http.Json;
using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>
/// A real Prometheus Alertmanager (Debian's 0.25) on a free loopback port with a throwaway configuration and
/// storage, clustering off.
/// </summary>
internal sealed class AlertmanagerServer(LoopbackDaemon daemon) : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus-alertmanager";

    public Uri Address => daemon.Client.BaseAddress!;

    public HttpClient Client => daemon.Client;

    public static async Task<AlertmanagerServer> StartAsync() =>
        new(await LoopbackDaemon.StartAsync("Alertmanager", Binary, """
            route:
              receiver: blackhole
            receivers:
              - name: blackhole
            """,
            (config, directory, listen) =>
            [
                $"--config.file={config}",
                $"--storage.path={Path.Combine(directory, "data")}",
                $"--web.listen-address={listen}",
                "--cluster.listen-address=",
            ]));

    /// <summary>What <c>GET /api/v2/alerts</c> lists (Alertmanager drops resolved alerts from it).</summary>
    public async Task<List<JsonElement>> AlertsAsync() =>
        (await Client.GetFromJsonAsync<List<JsonElement>>("api/v2/alerts", TestContext.Current.CancellationToken))!;

    public ValueTask DisposeAsync() => daemon.DisposeAsync();
}
