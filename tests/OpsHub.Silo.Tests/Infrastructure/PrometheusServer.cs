using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Infrastructure;

/// <summary>
/// A real Prometheus (the Debian package's binary) on a free loopback port with throwaway storage, scraping one
/// target every second and evaluating OpsHub's rule files from <c>deploy/prometheus/rules</c>.
/// </summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly string _directory;

    private PrometheusServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Client { get; }

    public static async Task<PrometheusServer> StartAsync(Uri target)
    {
        var directory = Directory.CreateTempSubdirectory("opshub-prometheus-").FullName;
        var rules = Path.Combine(SiloProcess.RepositoryRoot(), "deploy", "prometheus", "rules");
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {rules}/*.yml
            scrape_configs:
              - job_name: opshub
                static_configs:
                  - targets: ["{target.Authority}"]
            """, TestContext.Current.CancellationToken);
        var port = FreePort.Next();
        var start = new ProcessStartInfo(Binary,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(directory, "data")}",
            $"--web.listen-address=127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Prometheus did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        await Eventually.GetAsync(server.IsReadyAsync, ready => ready, TimeSpan.FromSeconds(30), "Prometheus ready");
        return server;
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

    private async Task<bool> IsReadyAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"Prometheus exited with {_process.ExitCode}.");
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
}
