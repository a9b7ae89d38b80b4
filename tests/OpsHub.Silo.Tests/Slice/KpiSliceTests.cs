using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// Unit KPIs over HTTP on a scripted event stream, with exact expected figures for two communes, their district and
/// the province above it, and the same figures when the same events are replayed in another order elsewhere.
/// Now is Tuesday 24 November 2026, 16:00; working hours 07:00-11:30 and 13:30-17:00.
/// </summary>
public sealed class KpiSliceTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = Events.At("2026-11-24T16:00:00+07:00");

    // Per dossier, in order. Due dates from the declared working days: A1 Thu 26/11, A3 Tue 24/11, A4 Tue 03/11,
    // B1 Thu 26/11, B2 Fri 06/11, B3 Mon 02/11.
    private static readonly JsonObject[][] Stream =
    [
        [Received("A1", "LD-ANNGAI", "2026-11-24T08:00", "HT-KHAISINH", 2, channel: 2), Status("A1", "dossier.completed", "2026-11-24T10:00"), Rated("A1", "2026-11-24T11:00", "very-satisfied")],
        [Received("A2", "LD-ANNGAI", "2026-11-24T09:00", "HT-KHAISINH", 2, channel: 1)],
        [Received("A3", "LD-ANNGAI", "2026-11-20T08:00", "DD-CAPGCN", 2, channel: 1), Status("A3", "dossier.completed", "2026-11-24T15:00")],
        [Received("A4", "LD-ANNGAI", "2026-11-02T08:00", "HT-KHAISINH", 1, channel: 2)],
        [Received("A5", "LD-ANNGAI", "2026-11-24T10:00", "HT-KHAISINH", 2, channel: 3), Status("A5", "dossier.withdrawn", "2026-11-24T11:00")],
        [Received("B1", "LD-ANNHUT", "2026-11-24T08:30", "HT-KHAISINH", 2, channel: 2), Status("B1", "dossier.completed", "2026-11-24T09:30"), Rated("B1", "2026-11-24T10:00", "not-satisfied")],
        [Received("B2", "LD-ANNHUT", "2026-11-05T08:00", "DD-CAPGCN", 1, channel: 2), Status("B2", "dossier.completed", "2026-11-10T09:00")],
        [Received("B3", "LD-ANNHUT", "2026-10-30T08:00", "HT-KHAISINH", 1, channel: 1), Status("B3", "dossier.completed", "2026-11-24T14:00")],
    ];

    [Fact]
    public async Task CommuneDistrictAndProvinceFiguresAreExactAndRollUp()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAsync(client, Stream.SelectMany(d => d));

        var anNgai = await KpisAsync(client, "LD-ANNGAI");
        Counts(anNgai, "today").ShouldBe(
            "received 3 (counter 1, online 1, post 1); done 1/1/0; withdrawn 1; in progress 2 (within 1, overdue 1, paused 0, due soon 0); rated 1/0/0");
        Counts(anNgai, "month").ShouldBe(
            "received 5 (counter 2, online 2, post 1); done 1/1/0; withdrawn 1; in progress 2 (within 1, overdue 1, paused 0, due soon 0); rated 1/0/0");
        anNgai.GetProperty("month").GetProperty("onTimeRate").GetDouble().ShouldBe(1.0);
        anNgai.GetProperty("month").GetProperty("onlineShare").GetDouble().ShouldBe(0.4);

        var anNhut = await KpisAsync(client, "LD-ANNHUT");
        Counts(anNhut, "today").ShouldBe(
            "received 1 (counter 0, online 1, post 0); done 1/0/1; withdrawn 0; in progress 0 (within 0, overdue 0, paused 0, due soon 0); rated 0/0/1");
        Counts(anNhut, "month").ShouldBe(
            "received 2 (counter 0, online 2, post 0); done 1/0/2; withdrawn 0; in progress 0 (within 0, overdue 0, paused 0, due soon 0); rated 0/0/1");
        Counts(anNhut, "year").ShouldBe(
            "received 3 (counter 1, online 2, post 0); done 1/0/2; withdrawn 0; in progress 0 (within 0, overdue 0, paused 0, due soon 0); rated 0/0/1");
        anNhut.GetProperty("month").GetProperty("satisfactionRate").GetDouble().ShouldBe(0.0);

        foreach (var above in new[] { "LD", "BRVT" })
        {
            var rolled = await KpisAsync(client, above);
            Counts(rolled, "today").ShouldBe(
                "received 4 (counter 1, online 2, post 1); done 2/1/1; withdrawn 1; in progress 2 (within 1, overdue 1, paused 0, due soon 0); rated 1/0/1");
            Counts(rolled, "month").ShouldBe(
                "received 7 (counter 2, online 4, post 1); done 2/1/2; withdrawn 1; in progress 2 (within 1, overdue 1, paused 0, due soon 0); rated 1/0/1");
            rolled.GetProperty("month").GetProperty("onTimeRate").GetDouble().ShouldBe(0.6);
        }

        var district = await KpisAsync(client, "LD");
        district.GetProperty("children").EnumerateArray().Take(2).Select(c => c.GetProperty("unitCode").GetString()).ShouldBe(["LD-ANNGAI", "LD-ANNHUT"]);
        district.GetProperty("byField").GetProperty("DD").GetProperty("doneOnTime").GetInt64().ShouldBe(1);
        district.GetProperty("byField").GetProperty("DD").GetProperty("doneLate").GetInt64().ShouldBe(1);
        district.GetProperty("byProcedure").GetProperty("HT-KHAISINH").GetProperty("received").GetInt64().ShouldBe(5);
        district.GetProperty("byProcedure").GetProperty("HT-KHAISINH").GetProperty("overdue").GetInt64().ShouldBe(1);
        var hours = district.GetProperty("todayByHour").EnumerateArray().ToDictionary(p => p.GetProperty("slot").GetInt32(), p => (p.GetProperty("received").GetInt64(), p.GetProperty("done").GetInt64()));
        hours.ShouldBe(new Dictionary<int, (long, long)> { [8] = (2, 0), [9] = (1, 1), [10] = (1, 1), [14] = (0, 1), [15] = (0, 1) });
        var days = district.GetProperty("monthByDay").EnumerateArray().ToDictionary(p => p.GetProperty("slot").GetInt32(), p => (p.GetProperty("received").GetInt64(), p.GetProperty("done").GetInt64()));
        days.ShouldBe(new Dictionary<int, (long, long)> { [2] = (1, 0), [5] = (1, 0), [10] = (0, 1), [20] = (1, 0), [24] = (4, 4) });
    }

    [Fact]
    public async Task ReplayingTheSameEventsGivesTheSameFigures()
    {
        await using var first = await StartAsync();
        using var firstClient = first.CreateClient();
        await PostAsync(firstClient, Stream.SelectMany(d => d));
        await PostAsync(firstClient, Stream.SelectMany(d => d), expected: HttpStatusCode.OK);

        await using var second = await StartAsync();
        using var secondClient = second.CreateClient();
        await PostAsync(secondClient, Stream.Reverse().SelectMany(d => d));

        foreach (var unit in new[] { "LD-ANNGAI", "LD-ANNHUT", "LD", "BRVT" })
        {
            var (a, b) = (await KpisAsync(firstClient, unit), await KpisAsync(secondClient, unit));
            foreach (var period in new[] { "today", "month", "year", "byProcedure", "byField", "children", "todayByHour", "monthByDay", "score766", "forecast", "overdue", "dueSoon", "alerts" })
            {
                a.GetProperty(period).GetRawText().ShouldBe(b.GetProperty(period).GetRawText(), $"{unit} {period}");
            }
        }
    }

    [Fact]
    public async Task Score766ForecastAndListsOfACommuneAreExactAndLeaveOutWhatIsNotMeasured()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        await PostAsync(client, Stream.SelectMany(d => d));

        var anNgai = await KpisAsync(client, "LD-ANNGAI");

        // This year: received 5; early 1, on time 1, withdrawn 1, in progress within deadline 1; one rating, very satisfied.
        // Progress 20 × min(1, 4 ÷ 5) = 16; satisfaction 18 × 1 = 18; publicity, online services (no full-online
        // count), online payment and digitisation are not observed: 100 × 34 ÷ 38.
        var score = anNgai.GetProperty("score766");
        score.GetProperty("points").GetDouble().ShouldBe(34, 1e-9);
        score.GetProperty("measuredWeight").GetDouble().ShouldBe(38, 1e-9);
        score.GetProperty("score").GetDouble().ShouldBe(100.0 * 34 / 38, 1e-9);
        score.GetProperty("band").GetString().ShouldBe("Good");
        score.GetProperty("bandVi").GetString().ShouldBe("Tốt");
        var columns = score.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("column").GetString()!);
        columns.Keys.ShouldBe(["Publicity", "Progress", "OnlineServices", "OnlinePayment", "Satisfaction", "Digitisation"]);
        foreach (var notMeasured in new[] { "Publicity", "OnlineServices", "OnlinePayment", "Digitisation" })
        {
            columns[notMeasured].GetProperty("points").ValueKind.ShouldBe(JsonValueKind.Null, notMeasured);
        }

        columns["Progress"].GetProperty("points").GetDouble().ShouldBe(16, 1e-9);
        columns["Progress"].GetProperty("formulaVi").GetString()!.ShouldContain("đang giải quyết trong hạn");
        columns["Progress"].GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("value").GetDouble())
            .ShouldBe(new Dictionary<string, double> { ["InProgressWithinDeadline"] = 1, ["DoneEarly"] = 1, ["DoneOnTime"] = 1, ["Withdrawn"] = 1, ["Received"] = 5 });
        columns["OnlineServices"].GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "FullOnline")
            .GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);

        // Open: A4 (due 03/11, overdue: certain) and A2 (received today at 09:00 and still not in its first step at
        // 16:00, far longer than the step's budget, so the later steps are expected as slow).
        var forecast = anNgai.GetProperty("forecast");
        forecast.GetProperty("open").GetInt32().ShouldBe(2);
        forecast.GetProperty("predictedLate").GetInt32().ShouldBe(2);
        var likeliest = forecast.GetProperty("likeliest").EnumerateArray().ToList();
        likeliest.Select(l => l.GetProperty("dossier").GetProperty("code").GetString()).ShouldBe(["KPI-A4", "KPI-A2"]);
        likeliest[0].GetProperty("probability").GetDouble().ShouldBe(1);
        likeliest[0].GetProperty("reasonVi").GetString().ShouldBe("đã hết ngày hẹn trả");
        likeliest[1].GetProperty("probability").GetDouble().ShouldBeInRange(0.5, 1);
        likeliest[1].GetProperty("reasonVi").GetString()!.ShouldContain("chậm gấp");
        anNgai.GetProperty("overdue").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe(["KPI-A4"]);
        anNgai.GetProperty("overdue")[0].GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Events.At("2026-11-03T08:00:00+07:00"));
        anNgai.GetProperty("dueSoon").GetArrayLength().ShouldBe(0);

        // Its alerts, a storm per dossier shown once: A4's gravest (overdue).
        var alerts = anNgai.GetProperty("alerts").EnumerateArray().ToList();
        alerts.Select(a => a.GetProperty("subject").GetString()).ShouldBe(["KPI-A4"]);
        alerts[0].GetProperty("kind").GetString().ShouldBe("DossierOverdue");

        // The district sums its communes: An Nhứt has nothing open.
        var district = await KpisAsync(client, "LD");
        district.GetProperty("forecast").GetProperty("open").GetInt32().ShouldBe(2);
        district.GetProperty("forecast").GetProperty("predictedLate").GetInt32().ShouldBe(2);
        district.GetProperty("overdue").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe(["KPI-A4"]);
    }

    [Fact]
    public async Task UnknownUnitIsNotFound()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/units/NO-SUCH/kpis", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("NO-SUCH");
    }

    private static string Counts(JsonElement report, string period)
    {
        var p = report.GetProperty(period);
        long N(string name) => p.GetProperty(name).GetInt64();
        return $"received {N("received")} (counter {N("receivedAtCounter")}, online {N("receivedOnline")}, post {N("receivedByPost")}); "
            + $"done {N("doneEarly")}/{N("doneOnTime")}/{N("doneLate")}; withdrawn {N("withdrawn")}; "
            + $"in progress {N("inProgress")} (within {N("inProgressWithinDeadline")}, overdue {N("overdue")}, paused {N("paused")}, due soon {N("dueSoon")}); "
            + $"rated {N("ratedVerySatisfied")}/{N("ratedSatisfied")}/{N("ratedNotSatisfied")}";
    }

    private static async Task PostAsync(HttpClient client, IEnumerable<JsonObject> events, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        foreach (var body in events)
        {
            var response = await Events.PostAsync(client, body);
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (expected == HttpStatusCode.Accepted)
            {
                (await Events.WaitAppliedAsync(client, Events.SeqOf(response))).GetProperty("state").GetString().ShouldBe("applied", body.ToJsonString());
            }
        }
    }

    private static async Task<JsonElement> KpisAsync(HttpClient client, string unit) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/units/{unit}/kpis", TestContext.Current.CancellationToken);

    private static JsonObject Received(string code, string unit, string at, string procedure, int days, int channel) => new()
    {
        ["type"] = "dossier.received", ["id"] = $"{code}-received", ["dossierCode"] = $"KPI-{code}", ["occurredAt"] = $"{at}:00+07:00",
        ["procedureCode"] = procedure, ["unitCode"] = unit, ["channel"] = channel, ["processingWorkingDays"] = days,
    };

    private static JsonObject Status(string code, string type, string at) => new()
    {
        ["type"] = type, ["id"] = $"{code}-{type}", ["dossierCode"] = $"KPI-{code}", ["occurredAt"] = $"{at}:00+07:00",
    };

    private static JsonObject Rated(string code, string at, string rating) => new()
    {
        ["type"] = "dossier.rated", ["id"] = $"{code}-rated", ["dossierCode"] = $"KPI-{code}", ["occurredAt"] = $"{at}:00+07:00", ["rating"] = rating,
    };

    private async Task<OpsHubServer> StartAsync()
    {
        var server = new OpsHubServer(await postgres.CreateDatabaseAsync("kpi", TestContext.Current.CancellationToken), new FakeTimeProvider(Now));
        server.StartServer();
        return server;
    }
}
