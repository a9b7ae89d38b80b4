using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;
using static OpsHub.Silo.Tests.Alerts.AlertScenario;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>From a queue event to a real loopback webhook receiver, with Alertmanager's webhook payload.</summary>
public sealed class WebhookDeliveryTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task WebhookIsRetriedWithBackoffAndLoggedWhenTheReceiverFailsThreeTimes()
    {
        await using var receiver = new WebhookReceiver(failures: 3);
        await using var server = await StartAsync(postgres, Settings(
            ("OpsHub:Alerts:Channels:Webhook:Enabled", "true"),
            ("OpsHub:Alerts:Channels:Webhook:Url", receiver.Url.ToString())));
        using var client = server.CreateClient();
        await IssueTicketAsync(client);

        var alert = await RaiseWarningAsync(server, client);
        await Eventually.GetAsync(() => Task.FromResult(receiver.Received.Count), n => n >= 4, TimeSpan.FromSeconds(20), "the firing message accepted on the fourth attempt");

        var log = await Eventually.GetAsync(
            async () => (await DeliveriesAsync(client, alert.Id)).Where(l => (string)l["channel"]! == "webhook").ToList(), l => l.Count >= 4, TimeSpan.FromSeconds(10), "four attempts logged");
        log.Select(l => (int)l["attempt"]!).ShouldBe([1, 2, 3, 4]);
        log.Select(l => (bool)l["succeeded"]!).ShouldBe([false, false, false, true]);
        log.Take(3).ShouldAllBe(l => (int)l["statusCode"]! == 500);
        log.ShouldAllBe(l => (string)l["channel"]! == "webhook" && (string)l["transition"]! == "firing");
        var at = log.Select(l => DateTimeOffset.Parse((string)l["at"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        (at[1] - at[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100), "first retry waits FirstRetryDelay");
        (at[2] - at[1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200), "the delay doubles");

        var firing = receiver.Received[3];
        firing["version"]!.GetValue<string>().ShouldBe("4");
        firing["status"]!.GetValue<string>().ShouldBe("firing");
        firing["receiver"]!.GetValue<string>().ShouldBe("opshub");
        firing["groupKey"]!.GetValue<string>().ShouldBe($"{{}}:{{unit=\"{Shop}\"}}");
        firing["groupLabels"]!["unit"]!.GetValue<string>().ShouldBe(Shop);
        var item = firing["alerts"]!.AsArray().Single()!;
        item["labels"]!["alertname"]!.GetValue<string>().ShouldBe("OpsHubWaitingWarning");
        item["labels"]!["severity"]!.GetValue<string>().ShouldBe("warning");
        item["labels"]!["alert_id"]!.GetValue<string>().ShouldBe(alert.Id);
        item["labels"]!["field"]!.GetValue<string>().ShouldBe("HT");
        item["startsAt"]!.GetValue<string>().ShouldBe("2026-11-24T01:15:00.000Z");
        item["endsAt"]!.GetValue<string>().ShouldBe("0001-01-01T00:00:00.000Z");
        item["annotations"]!["summary"]!.GetValue<string>().ShouldContain("24/11/2026 08:15");

        await CallTicketAsync(server, client, "08:20:00");
        var resolved = await Eventually.GetAsync(
            () => Task.FromResult(receiver.Received.Count > 0 ? receiver.Received[^1] : null), m => m?["status"]?.GetValue<string>() == "resolved", TimeSpan.FromSeconds(15), "the resolved message");
        resolved!["alerts"]![0]!["endsAt"]!.GetValue<string>().ShouldBe("2026-11-24T01:20:00.000Z");
        (await AlertAsync(client, alert.Id)).State.ShouldBe(AlertState.Resolved);
    }

    [Fact]
    public async Task WebhookWaitsForOpeningTimeWhenTheAlertIsRaisedAtLunch()
    {
        await using var receiver = new WebhookReceiver(failures: 0);
        await using var server = await StartAsync(postgres, Settings(
            ("OpsHub:Alerts:Channels:Webhook:Enabled", "true"),
            ("OpsHub:Alerts:Channels:Webhook:Url", receiver.Url.ToString())));
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        await PostLateTicketAsync(client);

        // 11:20 + 15 min = 11:35, in the centre's lunch break (11:30-13:00): recorded at once, sent at 13:00.
        server.Clock.SetUtcNow(At("11:35:00"));
        var alert = await Eventually.GetAsync(() => AlertsAsync(client), a => a.Any(x => x.DueAt == At("11:35:00")), TimeSpan.FromSeconds(15), "lunch-time warning recorded");
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        receiver.Received.ShouldNotContain(m => m["alerts"]![0]!["labels"]!["alert_id"]!.GetValue<string>() == alert.Single(x => x.DueAt == At("11:35:00")).Id);

        server.Clock.SetUtcNow(At("13:00:00"));
        await Eventually.GetAsync(
            () => Task.FromResult(receiver.Received.Count(m => m["alerts"]![0]!["startsAt"]!.GetValue<string>() == "2026-11-24T04:35:00.000Z")),
            n => n >= 1, TimeSpan.FromSeconds(15), "the held message sent at opening");
    }

    private static async Task PostLateTicketAsync(HttpClient client)
    {
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "ticket.issued", ["unitCode"] = Shop, ["occurredAt"] = "2026-11-24T11:20:00+07:00", ["ticketNumber"] = "1002", ["fieldCode"] = "DD",
        };
        var response = await Events.PostAsync(client, body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
    }
}
