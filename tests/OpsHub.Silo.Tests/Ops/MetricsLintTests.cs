using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>The <c>/metrics</c> scrape of a running silo: OpsHub's own series pass Prometheus' linter and carry no identifiers.</summary>
public sealed class MetricsLintTests(SharedOpsHubServer server) : IClassFixture<SharedOpsHubServer>
{
    private const string Promtool = "/usr/bin/promtool";

    [Fact]
    public async Task OpsHubSeriesPassPromtoolCheckMetricsWhenScrapedFromARunningSilo()
    {
        using var client = server.CreateClient();
        await OpsTraffic.GenerateAsync(client, server.Services);

        var scrape = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        var ours = OwnSeries(scrape);
        var lint = await Tool.RunAsync(Promtool, ["check", "metrics"], ours);

        ours.ShouldContain("opshub_ingest_received_total{");
        ours.ShouldContain("opshub_sla_completed_total{");
        ours.ShouldContain("opshub_alerts_raised_total{");
        ours.ShouldContain("opshub_ingest_ack_duration_seconds_bucket{");
        lint.ExitCode.ShouldBe(0, lint.ToString());
        (lint.Output + lint.Errors).Trim().ShouldBeEmpty(lint.ToString());
    }

    [Fact]
    public async Task NoSeriesCarriesADossierCodeWhenDossiersWereIngested()
    {
        using var client = server.CreateClient();
        var codes = await OpsTraffic.GenerateAsync(client, server.Services);

        var scrape = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        foreach (var code in codes)
        {
            scrape.ShouldNotContain(code);
        }

        OwnSeries(scrape).Split('\n').Where(l => l.Length > 0 && l[0] != '#').ShouldAllBe(l => !l.Contains("dossier=") && !l.Contains("ticket="));
    }

    [Fact]
    public async Task KeepsTheSeriesDashboardsReadAndDropsPerCommandOnesWhenScrapedAfterTraffic()
    {
        using var client = server.CreateClient();
        await OpsTraffic.GenerateAsync(client, server.Services);

        var scrape = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        // Read by deploy/grafana/dashboards/opshub-orleans.json and by the benchmark.
        scrape.ShouldContain("\nmicrosoft_orleans_orleans_catalog_activations");
        scrape.ShouldContain("\nmicrosoft_orleans_orleans_messaging_processing_dispatcher_processed");
        scrape.ShouldContain("\nmicrosoft_orleans_orleans_messaging_processing_dispatcher_received");
        scrape.ShouldContain("\nmicrosoft_orleans_orleans_consistent_ring_size");
        scrape.ShouldContain("\nnpgsql_db_client_connection_count");
        scrape.ShouldContain("\nsystem_runtime_dotnet_gc_heap_total_allocated");
        scrape.ShouldNotContain("npgsql_db_client_operation_duration");
        scrape.ShouldNotContain("microsoft_orleans_orleans_app_requests_latency");
    }

    // The runtime's and Orleans' series are named by their meters, outside OpsHub's control; OpsHub's own are opshub_*.
    private static string OwnSeries(string scrape) =>
        string.Join('\n', scrape.Split('\n').Where(line =>
            line.StartsWith("opshub_", StringComparison.Ordinal)
            || line.StartsWith("# HELP opshub_", StringComparison.Ordinal)
            || line.StartsWith("# TYPE opshub_", StringComparison.Ordinal))) + "\n";
}
