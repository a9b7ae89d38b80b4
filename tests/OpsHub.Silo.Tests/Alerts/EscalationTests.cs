using System.Net;
using System.Net.Http.Json;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;
using static OpsHub.Silo.Tests.Alerts.AlertScenario;

namespace OpsHub.Silo.Tests.Alerts;

/// <summary>Escalation in working time with a fake clock, and acknowledgement over the API.</summary>
public sealed class EscalationTests(PostgresServerFixture postgres)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task UnacknowledgedAlertEscalatesToTheLeaderThenTheDistrictWhenThirtyWorkingMinutesPassEach()
    {
        await using var server = await StartAsync(postgres, Settings());
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var alert = await RaiseWarningAsync(server, client);

        // Raised 08:15: escalates at 08:45, then at 09:15; not a second earlier.
        foreach (var (at, level) in new[] { ("08:45:00", 1), ("09:15:00", 2) })
        {
            server.Clock.SetUtcNow(At(at) - TimeSpan.FromSeconds(1));
            await Task.Delay(Settle, TestContext.Current.CancellationToken);
            (await AlertAsync(client, alert.Id)).EscalationLevel.ShouldBe(level - 1, $"just before {at}");
            server.Clock.SetUtcNow(At(at));
            await Eventually.GetAsync(() => AlertAsync(client, alert.Id), a => a.EscalationLevel == level, TimeSpan.FromSeconds(10), $"level {level} at {at}");
        }

        // The last level: nothing more, ever.
        server.Clock.SetUtcNow(At("16:00:00"));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await AlertAsync(client, alert.Id)).EscalationLevel.ShouldBe(2);

        // The district leader now sees it and may acknowledge it; the head still does.
        using var district = await SignedInAsync(server, District);
        (await MineAsync(district)).Select(a => a.Id).ShouldContain(alert.Id);
        using var head = await SignedInAsync(server, Head);
        (await MineAsync(head)).Select(a => a.Id).ShouldContain(alert.Id);
    }

    [Fact]
    public async Task EscalationCountsOnlyWorkingTimeWhenTheLunchBreakIntervenes()
    {
        await using var server = await StartAsync(postgres, Settings(("OpsHub:Alerts:MaxEscalationLevel", "1")));
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var alert = await RaiseWarningAsync(server, client);
        await Eventually.GetAsync(() => AlertAsync(client, alert.Id), a => a.EscalationLevel == 0, TimeSpan.FromSeconds(5), "read");

        using var head = await SignedInAsync(server, Head);
        server.Clock.SetUtcNow(At("08:44:00"));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        using var acknowledged = await AcknowledgeAsync(head, alert.Id, "Đã gọi thêm quầy 2");
        acknowledged.StatusCode.ShouldBe(HttpStatusCode.OK);

        server.Clock.SetUtcNow(At("10:00:00"));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        var after = await AlertAsync(client, alert.Id);
        after.EscalationLevel.ShouldBe(0, "acknowledged before 08:45");
        after.State.ShouldBe(AlertState.Acknowledged);
        after.AcknowledgedBy.ShouldBe(Head);
        after.AcknowledgedAt.ShouldBe(At("08:44:00"));
        after.AcknowledgementNote.ShouldBe("Đã gọi thêm quầy 2");
    }

    [Fact]
    public async Task AcknowledgingAnswersNotFoundForbiddenAndConflictWhenTheAlertIsUnknownNotYoursOrDone()
    {
        await using var server = await StartAsync(postgres, Settings());
        using var client = server.CreateClient();
        await IssueTicketAsync(client);
        var alert = await RaiseWarningAsync(server, client);

        using var anonymous = await AcknowledgeAsync(server.CreateClient(user: null, followRedirects: false), alert.Id, null);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var outsider = await SignedInAsync(server, Outsider);
        (await MineAsync(outsider)).ShouldBeEmpty("another unit's head sees none of this unit's alerts");
        using var forbidden = await AcknowledgeAsync(outsider, alert.Id, null);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        using var leader = await SignedInAsync(server, Leader);
        using var notYet = await AcknowledgeAsync(leader, alert.Id, null);
        notYet.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the leader receives it only once it escalates");

        using var head = await SignedInAsync(server, Head);
        using var unknown = await AcknowledgeAsync(head, "queue:LD-PVHCC/no-such-alert", null);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var ok = await AcknowledgeAsync(head, alert.Id, "Đang xử lý");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = await AcknowledgeAsync(head, alert.Id, null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await MineAsync(head, "?state=Acknowledged")).Select(a => a.Id).ShouldBe([alert.Id]);
        (await MineAsync(head, "?state=Open")).ShouldBeEmpty();
    }

    private static async Task<HttpClient> SignedInAsync(OpsHubServer server, string user)
    {
        var client = server.CreateClient(user: null, followRedirects: false);
        await SignInAsync(client, user);
        return client;
    }

    private static async Task<HttpResponseMessage> AcknowledgeAsync(HttpClient client, string alertId, string? note) =>
        await client.PostAsJsonAsync("/api/v1/alerts/acknowledge", new { alertId, note }, TestContext.Current.CancellationToken);

    private static async Task<List<AlertRecord>> MineAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<List<AlertRecord>>("/api/v1/alerts/mine" + query, Json, TestContext.Current.CancellationToken))!;
}
