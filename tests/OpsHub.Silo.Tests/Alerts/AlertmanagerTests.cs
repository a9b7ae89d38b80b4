using System.Text.Json;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;
using static OpsHub.Silo.Tests.Alerts.AlertScenario;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>From a queue event to a real Alertmanager's v2 API, read back through that API.</summary>
public sealed class AlertmanagerTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task AlertmanagerListsTheAlertActiveWhileFiringAndDropsItWhenResolved()
    {
        await using var alertmanager = await AlertmanagerServer.StartAsync();
        await using var server = await StartAsync(postgres, Settings(
            ("OpsHub:Alerts:Channels:Alertmanager:Enabled", "true"),
            ("OpsHub:Alerts:Channels:Alertmanager:Url", alertmanager.Address.ToString())));
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var alert = await RaiseWarningAsync(server, client);

        var listed = await Eventually.GetAsync(
            async () => (await alertmanager.AlertsAsync()).Where(a => Label(a, "alert_id") == alert.Id).ToList(),
            l => l.Count == 1, TimeSpan.FromSeconds(20), "the alert listed by Alertmanager");
        var am = listed[0];
        am.GetProperty("status").GetProperty("state").GetString().ShouldBe("active");
        Label(am, "alertname").ShouldBe("OpsHubWaitingWarning");
        Label(am, "severity").ShouldBe("warning");
        Label(am, "unit").ShouldBe(Shop);
        Label(am, "counter").ShouldBeNull();
        am.GetProperty("annotations").GetProperty("escalation_level").GetString().ShouldBe("0");
        am.GetProperty("generatorURL").GetString()!.ShouldContain("/canh-bao?alert=");

        await CallTicketAsync(server, client, "08:20:00");
        await Eventually.GetAsync(
            async () => (await DeliveriesAsync(client, alert.Id)).Count(e => (string)e["channel"]! == "alertmanager" && (string)e["transition"]! == "resolved" && (bool)e["succeeded"]!),
            n => n == 1, TimeSpan.FromSeconds(20), "resolution sent");
        await Eventually.GetAsync(
            async () => (await alertmanager.AlertsAsync()).Count(a => Label(a, "alert_id") == alert.Id),
            n => n == 0, TimeSpan.FromSeconds(20), "the resolved alert gone from Alertmanager's list");
        var log = (await DeliveriesAsync(client, alert.Id)).Where(e => (string)e["channel"]! == "alertmanager").ToList();
        log.Select(e => (string)e["transition"]!).ShouldBe(["firing", "resolved"]);
        log.ShouldAllBe(e => (bool)e["succeeded"]!);
    }

    private static string? Label(JsonElement alert, string name) =>
        alert.GetProperty("labels").TryGetProperty(name, out var value) ? value.GetString() : null;
}
