using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>Liveness, readiness (PostgreSQL, the silo's membership, the ingest journal's backlog) and the Orleans dashboard.</summary>
public sealed class HealthTests(PostgresServerFixture postgres, SharedOpsHubServer server) : IClassFixture<SharedOpsHubServer>
{
    [Fact]
    public async Task ReadyAndLiveWhenTheSiloHasJoinedAndNothingWaits()
    {
        using var client = server.CreateClient();

        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK, await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NotReadyButLiveWhenAJournaledEventWaitsLongerThanAllowed()
    {
        var database = await postgres.CreateDatabaseAsync("backlog", TestContext.Current.CancellationToken);
        // No applier in this process: what is journaled stays pending, as behind a stuck applier.
        await using var stuck = new OpsHubServer(database, new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")), settings: new Dictionary<string, string>
        {
            ["OpsHub:Ingest:Journal:ApplyEnabled"] = "false",
            ["OpsHub:Health:MaxPendingAge"] = "00:00:00.001",
        });
        using var client = stuck.CreateClient();
        using var before = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        using var posted = await client.PostAsJsonAsync("/api/v1/events", Events.Received(Events.NewDossierCode(), "2026-11-20T15:00:00+07:00", 2), TestContext.Current.CancellationToken);
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OrleansDashboardIsServedWhenOpsOpenItsPath()
    {
        using var client = server.CreateClient();

        using var page = await client.GetAsync("/ops/orleans/", TestContext.Current.CancellationToken);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }
}
