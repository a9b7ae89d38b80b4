using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>The SLA gauges by unit and field, summed from the unit ledger, on <c>/metrics</c>.</summary>
public sealed class SlaGaugeTests(PostgresServerFixture postgres)
{
    // No other test reports on this unit, and the gauges are process-wide: its figures are this test's alone.
    private const string Unit = "LD-TAMPHUOC";

    [Fact]
    public async Task OpenPausedDueSoonAndOverdueAreCountedByUnitAndFieldWhenDossiersReachThoseStates()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("sla-gauges", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")),
            settings: new Dictionary<string, string> { ["OpsHub:Metrics:SlaInterval"] = "00:00:00.200" });
        using var client = server.CreateClient();
        var (overdue, paused, dueSoon) = (Events.NewDossierCode(), Events.NewDossierCode(), Events.NewDossierCode());

        await PostAcceptedAsync(client, Events.Received(overdue, "2026-10-30T08:00:00+07:00", 1, Unit));
        await PostAcceptedAsync(client, Events.Received(paused, "2026-11-20T15:00:00+07:00", 2, Unit));
        await PostAcceptedAsync(client, new { type = "dossier.supplement-requested", dossierCode = paused, occurredAt = "2026-11-20T15:00:02+07:00" });
        // Two working days from Thursday 08:00 end on Monday 08:00; by Friday 15:00 over 75% of them have passed.
        await PostAcceptedAsync(client, Events.Received(dueSoon, "2026-11-19T08:00:00+07:00", 2, Unit));

        var figures = await Eventually.GetAsync(
            async () => Figures(await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken)),
            f => f == (3, 1, 1, 1),
            TimeSpan.FromSeconds(20),
            "open 3, paused 1, due soon 1, overdue 1");

        figures.ShouldBe((3, 1, 1, 1));
    }

    private static async Task PostAcceptedAsync(HttpClient client, object body) =>
        (await Events.PostAsync(client, body)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

    private static (double Open, double Paused, double DueSoon, double Overdue) Figures(string scrape)
    {
        double Value(string name) => scrape.Split('\n')
            .Where(l => l.StartsWith($"{name}{{unit=\"{Unit}\",field=\"HT\"}} ", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
            .DefaultIfEmpty(-1)
            .Single();
        return (Value("opshub_sla_open_dossiers"), Value("opshub_sla_paused_dossiers"), Value("opshub_sla_due_soon_dossiers"), Value("opshub_sla_overdue_dossiers"));
    }
}
