using System.Net.Http.Json;
using System.Text.Json;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>
/// A real Prometheus (the Debian package's binary) on a free loopback port with throwaway storage, scraping one
/// target every second (with the development scrape token) and evaluating OpsHub's rule files from <c>deploy/prometheus/rules</c>.
/// </summary>
internal sealed class PrometheusServer(LoopbackDaemon daemon) : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    public HttpClient Client => daemon.Client;

    public static async Task<PrometheusServer> StartAsync(Uri target)
    {
        var rules = Path.Combine(SiloProcess.RepositoryRoot(), "deploy", "prometheus", "rules");
        return new(await LoopbackDaemon.StartAsync("Prometheus", Binary, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {rules}/*.yml
            scrape_configs:
              - job_name: opshub
                authorization:
                  type: Bearer
                  credentials: {OpsHubServer.DevScrapeToken}
                static_configs:
                  - targets: ["{target.Authority}"]
            """,
            (config, directory, listen) =>
            [
                $"--config.file={config}",
                $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address={listen}",
            ]));
    }

    /// <summary>Runs an instant query; the result vector.</summary>
    public async Task<JsonElement> QueryAsync(string promql)
    {
        var body = await Client.GetFromJsonAsync<JsonElement>($"api/v1/query?query={Uri.EscapeDataString(promql)}", TestContext.Current.CancellationToken);
        return body.GetProperty("data").GetProperty("result");
    }

    /// <summary>Asks Prometheus to parse and format <paramref name="promql"/>; <c>null</c> when it parses, else the error.</summary>
    public async Task<string?> ParseErrorAsync(string promql)
    {
        using var form = new FormUrlEncodedContent([new("query", promql)]);
        using var response = await Client.PostAsync("api/v1/format_query", form, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return body.GetProperty("status").GetString() == "success" ? null : body.GetProperty("error").GetString();
    }

    public ValueTask DisposeAsync() => daemon.DisposeAsync();
}
