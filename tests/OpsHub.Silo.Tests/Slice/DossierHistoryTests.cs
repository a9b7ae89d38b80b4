using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// A scripted marriage registration (HT-KETHON: 5 working days, resume after a supplement) posted event by event
/// over HTTP, with the SLA clock moved to each event's instant; the timeline must show every instant exactly.
/// </summary>
public sealed class DossierHistoryTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task TimelineShowsPauseStepsApologyAndTimelinessWhenAHistoryIsPosted()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("history", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-23T09:00:00+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        async Task<HttpResponseMessage> Post(string at, object body)
        {
            server.Clock.SetUtcNow(Events.At(at));
            return await Events.PostAsync(client, body);
        }

        object Step(string type, string at, string step, string? officer = null) =>
            new { type, dossierCode = code, occurredAt = at, stepCode = step, officer };

        object Status(string type, string at) => new { type, dossierCode = code, occurredAt = at };

        (await Post("2026-11-23T09:00:00+07:00", new
        {
            type = "dossier.received", dossierCode = code, procedureCode = "HT-KETHON", unitCode = Events.Unit,
            occurredAt = "2026-11-23T09:00:00+07:00", channel = 1,
        })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await Post("2026-11-23T09:00:00+07:00", Step("dossier.step-started", "2026-11-23T09:00:00+07:00", "TIEPNHAN", "Nguyễn Thị Thu"))).EnsureSuccessStatusCode();
        (await Post("2026-11-23T10:00:00+07:00", Step("dossier.step-finished", "2026-11-23T10:00:00+07:00", "TIEPNHAN"))).EnsureSuccessStatusCode();
        (await Post("2026-11-23T10:00:00+07:00", Step("dossier.step-started", "2026-11-23T10:00:00+07:00", "XACMINH"))).EnsureSuccessStatusCode();
        (await Post("2026-11-24T10:00:00+07:00", Status("dossier.supplement-requested", "2026-11-24T10:00:00+07:00"))).EnsureSuccessStatusCode();
        (await Post("2026-11-25T10:00:00+07:00", Status("dossier.supplement-received", "2026-11-25T10:00:00+07:00"))).EnsureSuccessStatusCode();
        (await Post("2026-11-26T15:00:00+07:00", Step("dossier.step-finished", "2026-11-26T15:00:00+07:00", "XACMINH"))).EnsureSuccessStatusCode();
        (await Post("2026-11-30T16:00:00+07:00", new
        {
            type = "dossier.apology-issued", dossierCode = code, occurredAt = "2026-11-30T16:00:00+07:00", promisedAt = "2026-12-02T17:00:00+07:00",
        })).EnsureSuccessStatusCode();
        (await Post("2026-12-01T08:00:00+07:00", Status("dossier.completed", "2026-12-01T08:00:00+07:00"))).EnsureSuccessStatusCode();
        var illegal = await Post("2026-12-01T08:30:00+07:00", Status("dossier.supplement-requested", "2026-12-01T08:30:00+07:00"));

        illegal.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var verdict = await Events.WaitAppliedAsync(client, Events.SeqOf(illegal));
        verdict.GetProperty("state").GetString().ShouldBe("dead");
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", TestContext.Current.CancellationToken);
        var timeline = body.GetProperty("timeline");
        Instant(timeline, "clockStartedAt").ShouldBe(Events.At("2026-11-23T09:00:00+07:00"));
        Instant(timeline, "initialDueAt").ShouldBe(Events.At("2026-11-30T09:00:00+07:00")); // 40 working hours
        Instant(timeline, "dueAt").ShouldBe(Events.At("2026-12-01T09:00:00+07:00"));        // moved by the 8 paused hours
        Instant(timeline, "currentDueAt").ShouldBe(Events.At("2026-12-02T17:00:00+07:00")); // the apology's date
        timeline.GetProperty("status").GetString().ShouldBe("ResultReady");
        timeline.GetProperty("timeliness").GetString().ShouldBe("OnTime");
        timeline.GetProperty("processingTime").GetString().ShouldBe("5 working days");

        var pause = timeline.GetProperty("pauses").EnumerateArray().Single();
        pause.GetProperty("reason").GetString().ShouldBe("supplement");
        pause.GetProperty("mode").GetString().ShouldBe("resume");
        pause.GetProperty("pausedWorkingTime").GetString().ShouldBe("08:00:00");
        timeline.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(["running", "paused", "running"]);

        var steps = timeline.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        Instant(steps["TIEPNHAN"], "deadlineAt").ShouldBe(Events.At("2026-11-23T11:00:00+07:00"));
        steps["TIEPNHAN"].GetProperty("officer").GetString().ShouldBe("Nguyễn Thị Thu");
        Instant(steps["XACMINH"], "deadlineAt").ShouldBe(Events.At("2026-11-27T10:00:00+07:00")); // 24 h, plus the 8 paused
        steps["XACMINH"].GetProperty("department").GetString().ShouldBe("Công chức Tư pháp - Hộ tịch");

        var apology = timeline.GetProperty("apologies").EnumerateArray().Single();
        Instant(apology, "promisedAt").ShouldBe(Events.At("2026-12-02T17:00:00+07:00"));
        var refusal = timeline.GetProperty("refusals").EnumerateArray().Single();
        refusal.GetProperty("event").GetString().ShouldBe("status 5");
        refusal.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
        timeline.GetProperty("thresholds").EnumerateArray()
            .Single(t => t.GetProperty("key").GetString() == "c1/t0/overdue")
            .GetProperty("state").GetString().ShouldBe("cancelled");
    }

    private static DateTimeOffset Instant(JsonElement e, string name) => e.GetProperty(name).GetDateTimeOffset();
}
