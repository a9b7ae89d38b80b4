using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>
/// An OpsHub on a real Kestrel port that has seen some traffic, and a real Prometheus scraping it every second with
/// OpsHub's rule files loaded; ready once Prometheus has read back OpsHub's ingest counters.
/// </summary>
public sealed class ScrapedOpsHub(PostgresServerFixture postgres) : IAsyncLifetime
{
    private OpsHubServer? _server;
    private PrometheusServer? _prometheus;

    internal PrometheusServer Prometheus => _prometheus!;

    public async ValueTask InitializeAsync()
    {
        _server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("prometheus", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")),
            kestrel: true);
        _server.StartServer();
        using var client = _server.CreateClient();
        await OpsTraffic.GenerateAsync(client, _server.Services);
        _prometheus = await PrometheusServer.StartAsync(client.BaseAddress!);
        await Eventually.GetAsync(
            () => Prometheus.QueryAsync("sum(opshub_ingest_accepted_total)"),
            result => result.GetArrayLength() == 1 && Value(result[0]) >= 3,
            TimeSpan.FromSeconds(30),
            "scraped by Prometheus");

        // Unit gauges are process-wide; another test's server stopping in this process withdraws its units' series.
        // Each new receipt publishes this server's unit figures again, until a scrape has caught them and the SLA
        // gauges summed from the ledger.
        await Eventually.GetAsync(
            async () =>
            {
                await Events.PostAsync(client, Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2));
                return await Prometheus.QueryAsync($"count(opshub_dossiers_open{{unit=\"{Events.Unit}\"}}) + count(opshub_sla_open_dossiers)");
            },
            result => result.GetArrayLength() > 0,
            TimeSpan.FromSeconds(30),
            "unit figures scraped by Prometheus");
    }

    /// <summary>The sample value of one element of an instant-query result.</summary>
    internal static double Value(JsonElement sample) =>
        double.Parse(sample.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
