using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;
using OpsHub.Silo.Tests.Infrastructure;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>Traffic that makes OpsHub report on every series family it exports.</summary>
internal static class OpsTraffic
{
    /// <summary>Posts dossiers through ingest (accepted, duplicate, invalid, overdue, completed); returns the dossier codes used.</summary>
    public static async Task<IReadOnlyList<string>> GenerateAsync(HttpClient client, IServiceProvider services)
    {
        var completed = Events.NewDossierCode();
        var overdue = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(completed, "2026-11-20T15:00:00+07:00", 2))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(client, Events.Completed(completed, "2026-11-20T16:30:00+07:00"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Events.PostAsync(client, Events.Completed(completed, "2026-11-20T16:30:00+07:00"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Received three weeks ago with one working day: every threshold has passed, so its alerts are raised at once.
        (await Events.PostAsync(client, Events.Received(overdue, "2026-10-30T08:00:00+07:00", 1))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostAsJsonAsync("/api/v1/events", new { type = "dossier.received", dossierCode = "" }, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Tickets issued and called at the district centre report the queue series (numbers differ per call).
        var first = Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var body in new object[]
        {
            new { type = "ticket.issued", unitCode = "LD-PVHCC", occurredAt = "2026-11-20T14:50:00+07:00", ticketNumber = first, fieldCode = "HT" },
            new { type = "ticket.issued", unitCode = "LD-PVHCC", occurredAt = "2026-11-20T14:51:00+07:00", ticketNumber = first + "b", fieldCode = "HT" },
            new { type = "ticket.called", unitCode = "LD-PVHCC", occurredAt = "2026-11-20T14:57:00+07:00", ticketNumber = first, counterCode = "Q01" },
        })
        {
            (await Events.PostAsync(client, body)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        // No alert of this traffic is acknowledged, escalated or delivered within the test's time; report through the
        // registered object the alert loop uses, so the series exist for dashboards and rules.
        var alerts = services.GetRequiredService<AlertMetrics>();
        alerts.Acknowledged(Events.Unit, AlertKind.DossierOverdue);
        alerts.Escalated(Events.Unit, AlertKind.DossierOverdue);
        alerts.Delivered(AlertChannels.Dashboard);
        alerts.DeliveryFailed(AlertChannels.Webhook);
        return [completed, overdue];
    }
}
