using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Queues;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// Counters and queues over HTTP with a fake SLA clock: queue events in, counter figures, the one-stop shop's
/// queue and waiting-time alerts out. Each test gets its own database and silo. The shop is the district centre
/// of the silo's configuration: Q01 serves civil status (HT), Q02 civil status and justice, Q05 land (DD),
/// Q10 every field.
/// </summary>
public sealed class QueueSliceTests(PostgresServerFixture postgres)
{
    private const string Shop = "LD-PVHCC";

    private static readonly JsonSerializerOptions Json = SlaSliceTests.Json;

    // Tuesday 24 November 2026, before the centre opens at 07:30.
    private static readonly DateTimeOffset Morning = At("07:00:00");

    // Long enough for the wake-up loop to settle after the fake clock moves.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task CounterFiguresOfAScriptedMorningAreExact()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAllAsync(client,
            Queue("counter.opened", "07:30:00", new { counterCode = "Q01", staff = "Nguyễn Văn An" }),
            Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }),
            Queue("ticket.issued", "08:01:00", new { ticketNumber = "1002", fieldCode = "HT", priorityCategory = "elderly" }),
            Queue("ticket.called", "08:05:00", new { ticketNumber = "1002", counterCode = "Q01" }),
            Queue("ticket.serving", "08:06:00", new { ticketNumber = "1002", counterCode = "Q01" }),
            Queue("ticket.completed", "08:12:00", new { ticketNumber = "1002", counterCode = "Q01" }),
            Queue("ticket.called", "08:13:00", new { ticketNumber = "1001", counterCode = "Q01" }),
            Queue("ticket.no-show", "08:15:00", new { ticketNumber = "1001", counterCode = "Q01" }),
            Queue("ticket.issued", "08:16:00", new { ticketNumber = "1003", fieldCode = "HT" }),
            Queue("ticket.issued", "08:17:00", new { ticketNumber = "1004", fieldCode = "HT" }),
            Queue("ticket.called", "08:18:00", new { ticketNumber = "1003", counterCode = "Q01" }),
            new
            {
                type = "dossier.received", dossierCode = $"{Shop}-Q-{Guid.NewGuid():N}"[..30], occurredAt = Iso("08:19:00"),
                procedureCode = "HT-KHAISINH", unitCode = Shop, channel = 1, counterCode = "Q01",
            });
        server.Clock.SetUtcNow(At("08:20:00"));

        // Waits 4 (1002, priority), 13 (1001) and 2 (1003) minutes; one service of 6 minutes; one no-show in three calls.
        var counter = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{Shop}/counters/Q01", Json, TestContext.Current.CancellationToken);
        var figures = counter.GetProperty("figures").Deserialize<CounterSnapshot>(Json)!;

        figures.Fields.ShouldBe(["HT"]);
        figures.Procedures.ShouldBeEmpty();
        figures.ShouldBe(new CounterSnapshot(
            Shop, "Q01", "Quầy 1 - Hộ tịch", figures.Fields, At("08:20:00"),
            Open: true, Staff: "Nguyễn Văn An", NowServing: "1003", NowServingSince: At("08:18:00"),
            CalledToday: 3, ServedToday: 1, ServedLastHour: 1, NoShowsToday: 1, NoShowRate: 1.0 / 3, RecallsToday: 0, TransfersToday: 0,
            AverageWaitToday: TimeSpan.FromSeconds(380), AverageWaitLastHour: TimeSpan.FromSeconds(380),
            AverageServiceToday: TimeSpan.FromMinutes(6), AverageServiceLastHour: TimeSpan.FromMinutes(6), DossiersReceivedToday: 1,
            Procedures: figures.Procedures));
        counter.GetProperty("waitingNow").GetInt32().ShouldBe(1);
        counter.GetProperty("longestWait").GetString().ShouldBe("00:03:00");
    }

    [Fact]
    public async Task ShopQueueShowsPriorityOrderWaitingAndEstimatedWaitPerField()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAllAsync(client,
            Queue("counter.opened", "07:30:00", new { counterCode = "Q01" }),
            Queue("counter.opened", "07:30:00", new { counterCode = "Q02" }),
            Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }),
            Queue("ticket.issued", "08:01:00", new { ticketNumber = "1002", fieldCode = "HT" }),
            Queue("ticket.issued", "08:02:00", new { ticketNumber = "1003", fieldCode = "HT", priorityCategory = "disabled" }),
            Queue("ticket.issued", "08:03:00", new { ticketNumber = "1004", fieldCode = "DD" }),
            Queue("ticket.called", "08:04:00", new { ticketNumber = "1003", counterCode = "Q01" }),
            Queue("ticket.completed", "08:12:00", new { ticketNumber = "1003", counterCode = "Q01" }));
        server.Clock.SetUtcNow(At("08:13:00"));

        var queue = (await client.GetFromJsonAsync<QueueSnapshot>($"/api/v1/units/{Shop}/queue", Json, TestContext.Current.CancellationToken))!;

        queue.Waiting.ShouldBe(3);
        var civil = queue.Fields.Single(f => f.Field == "HT");
        civil.FieldName.ShouldBe("Hộ tịch");
        civil.Counters.ShouldBe(["Q01", "Q02", "Q10"]);
        civil.OpenCounters.ShouldBe(["Q01", "Q02"]);
        civil.Waiting.ShouldBe(2);
        civil.LongestWait.ShouldBe(TimeSpan.FromMinutes(13));
        civil.ServiceTime.ShouldBe(TimeSpan.FromMinutes(8));
        civil.EstimatedWait.ShouldBe(TimeSpan.FromMinutes(8), "2 waiting x 8 min / 2 open counters");
        civil.Next.ShouldBe(["1001", "1002"]);
        var land = queue.Fields.Single(f => f.Field == "DD");
        land.Waiting.ShouldBe(1);
        land.EstimatedWait.ShouldBeNull("no counter serving land is open");
        queue.Counters.Single(c => c.Counter == "Q05").Open.ShouldBeFalse();
        queue.Counters.Single(c => c.Counter == "Q01").ShouldBe(new NowServing("Q01", "Quầy 1 - Hộ tịch", true, null, null, 2, TimeSpan.FromMinutes(13)));
    }

    [Fact]
    public async Task TransferMovesTheTicketToTheFrontOfItsNewCounterAndCountsAtTheOld()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAllAsync(client,
            Queue("counter.opened", "07:30:00", new { counterCode = "Q01" }),
            Queue("counter.opened", "07:30:00", new { counterCode = "Q05" }),
            Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "DD" }),
            Queue("ticket.issued", "08:01:00", new { ticketNumber = "1002", fieldCode = "HT" }),
            Queue("ticket.called", "08:02:00", new { ticketNumber = "1002", counterCode = "Q01" }),
            Queue("ticket.transferred", "08:06:00", new { ticketNumber = "1002", counterCode = "Q01", toCounterCode = "Q05" }));
        server.Clock.SetUtcNow(At("08:07:00"));

        var queue = (await client.GetFromJsonAsync<QueueSnapshot>($"/api/v1/units/{Shop}/queue", Json, TestContext.Current.CancellationToken))!;
        var q05 = queue.Counters.Single(c => c.Counter == "Q05");
        q05.Waiting.ShouldBe(2);
        var counter = await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{Shop}/counters/Q01", Json, TestContext.Current.CancellationToken);
        counter.GetProperty("figures").GetProperty("transfersToday").GetInt32().ShouldBe(1);
        counter.GetProperty("figures").GetProperty("nowServing").ValueKind.ShouldBe(JsonValueKind.Null);

        // The transferred ticket goes first at Q05, before the land ticket that waited longer.
        await PostAllAsync(client, Queue("ticket.called", "08:08:00", new { ticketNumber = "1002", counterCode = "Q05" }));
        var after = (await client.GetFromJsonAsync<QueueSnapshot>($"/api/v1/units/{Shop}/queue", Json, TestContext.Current.CancellationToken))!;
        after.Counters.Single(c => c.Counter == "Q05").Ticket.ShouldBe("1002");
    }

    [Fact]
    public async Task WaitingAlertsFireOnceEachAtTheirInstantAndResolveWhenTheTicketIsCalled()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAllAsync(client,
            Queue("counter.opened", "07:30:00", new { counterCode = "Q01" }),
            Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT" }));

        foreach (var (at, expected) in new[] { ("08:15:00", new[] { AlertKind.WaitingWarning }), ("08:30:00", [AlertKind.WaitingWarning, AlertKind.WaitingCritical]) })
        {
            server.Clock.SetUtcNow(At(at) - TimeSpan.FromSeconds(1));
            await Task.Delay(Settle, TestContext.Current.CancellationToken);
            (await QueueAlertsAsync(client)).Count.ShouldBe(expected.Length - 1, $"nothing new just before {at}");

            server.Clock.Advance(TimeSpan.FromSeconds(1));
            var alerts = await Eventually.GetAsync(() => QueueAlertsAsync(client), a => a.Count == expected.Length, TimeSpan.FromSeconds(10), $"raised at {at}");
            alerts.Select(a => a.Kind).ShouldBe(expected, ignoreOrder: true);
            alerts.Single(a => a.DueAt == At(at)).RaisedAt.ShouldBe(At(at));
        }

        server.Clock.SetUtcNow(At("08:40:00"));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        await PostAllAsync(client, Queue("ticket.called", "08:40:00", new { ticketNumber = "1001", counterCode = "Q01" }));
        server.Clock.SetUtcNow(At("09:30:00"));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);

        var final = await QueueAlertsAsync(client);
        final.Count.ShouldBe(2, "each threshold fires once per ticket");
        final.ShouldAllBe(a => a.ResolvedAt == At("08:40:00"));
        final.ShouldAllBe(a => a.UnitCode == Shop && a.Subject == "queue:" + Shop);
    }

    [Fact]
    public async Task ClosingTheOnlyOpenCounterOfAFieldWithPeopleWaitingAlertsUntilAnotherOpens()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAllAsync(client,
            Queue("counter.opened", "07:30:00", new { counterCode = "Q05" }),
            Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "DD" }),
            Queue("counter.closed", "08:05:00", new { counterCode = "Q05" }));

        var raised = (await QueueAlertsAsync(client)).ShouldHaveSingleItem();
        raised.Kind.ShouldBe(AlertKind.CounterClosedWithQueue);
        raised.DueAt.ShouldBe(At("08:05:00"));
        raised.ResolvedAt.ShouldBeNull();

        await PostAllAsync(client, Queue("counter.opened", "08:09:00", new { counterCode = "Q10" }));
        (await QueueAlertsAsync(client)).ShouldHaveSingleItem().ResolvedAt.ShouldBe(At("08:09:00"));
    }

    [Fact]
    public async Task QueueEventsNamingUnknownCountersFieldsOrCategoriesAreRefusedWithTheReason()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var cases = new[]
        {
            (Queue("counter.opened", "07:30:00", new { counterCode = "Q99" }), "Counter 'Q99' is not a counter of unit 'LD-PVHCC'"),
            (Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "ZZ" }), "Field 'ZZ' is not a field"),
            (Queue("ticket.issued", "08:00:00", new { ticketNumber = "1001", fieldCode = "HT", priorityCategory = "vip" }), "'vip' is not a priority category"),
        };
        foreach (var (body, reason) in cases)
        {
            var response = await client.PostAsJsonAsync("/api/v1/events", body, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(reason);
        }

        // A call of a ticket never issued passes the door but is refused by the queue, and kept as a dead letter.
        var call = await client.PostAsJsonAsync("/api/v1/events", Queue("ticket.called", "08:01:00", new { ticketNumber = "4242", counterCode = "Q01" }), TestContext.Current.CancellationToken);
        call.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var journaled = await Events.WaitAppliedAsync(client, Events.SeqOf(call));
        journaled.GetProperty("state").GetString().ShouldBe("dead");
        journaled.GetProperty("reason").GetString().ShouldBe("Ticket 4242 was not issued on 24/11/2026.");
    }

    [Fact]
    public async Task QueueEventDeliveredTwiceIsAppliedOnce()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var issued = new { type = "ticket.issued", id = "kiosk-1-1001", unitCode = Shop, occurredAt = Iso("08:00:00"), ticketNumber = "1001", fieldCode = "HT" };

        (await Events.PostAsync(client, issued)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostAsJsonAsync("/api/v1/events", issued, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var queue = (await client.GetFromJsonAsync<QueueSnapshot>($"/api/v1/units/{Shop}/queue", Json, TestContext.Current.CancellationToken))!;
        queue.Waiting.ShouldBe(1);
    }

    private static System.Text.Json.Nodes.JsonObject Queue(string type, string at, object fields) => Events.Queue(type, Shop, at, fields);

    private static async Task PostAllAsync(HttpClient client, params object[] events)
    {
        foreach (var body in events)
        {
            var response = await Events.PostAsync(client, body);
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var journaled = await Events.WaitAppliedAsync(client, Events.SeqOf(response));
            journaled.GetProperty("state").GetString().ShouldBe("applied", journaled.ToString());
        }
    }

    private static async Task<List<AlertRecord>> QueueAlertsAsync(HttpClient client)
    {
        var all = await client.GetFromJsonAsync<List<AlertRecord>>($"/api/v1/alerts?unit={Shop}&limit=1000", Json, TestContext.Current.CancellationToken);
        return [.. all!.Where(a => a.Subject == "queue:" + Shop)];
    }

    private static string Iso(string hhmmss) => $"2026-11-24T{hhmmss}+07:00";

    private static DateTimeOffset At(string hhmmss) => Events.At(Iso(hhmmss));

    private async Task<OpsHubServer> StartAsync()
    {
        var server = new OpsHubServer(await postgres.CreateDatabaseAsync("queue", TestContext.Current.CancellationToken), new FakeTimeProvider(Morning));
        server.StartServer();
        return server;
    }
}
