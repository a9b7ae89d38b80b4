using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Units;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// The vertical slice over HTTP with a fake SLA clock: receipt → due instant → overdue alert exactly once, or
/// completion first and no alert. Each test gets its own database and silo.
/// </summary>
public sealed class SlaSliceTests(PostgresServerFixture postgres)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // Friday 20 November 2026, a few seconds after the receipt below.
    private static readonly DateTimeOffset FridayAfternoon = Events.At("2026-11-20T15:00:05+07:00");
    private static readonly DateTimeOffset DueTuesday = Events.At("2026-11-24T15:00:00+07:00");

    // Long enough for the wake-up loop to settle after the fake clock moves.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task DueInstantIsTuesdayAfternoonWhenReceivedFridayAfternoonWithTwoWorkingDays()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        var response = await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var dossier = await GetDossierAsync(client, code);
        dossier.Status.ShouldBe(DossierStatus.Received);
        dossier.ClockStartedAt.ShouldBe(Events.At("2026-11-20T15:00:00+07:00"));
        dossier.DueAt.ShouldBe(DueTuesday);
        dossier.OverdueAlertRaisedAt.ShouldBeNull();
    }

    [Fact]
    public async Task EachAlertFiresOnceAtItsInstantAndNotBefore()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        // 16 working hours from Friday 15:00: 50% on Monday 15:00, 75% on Tuesday 09:00, due today at Tuesday's
        // opening, overdue (and late without an apology slip) at Tuesday 15:00.
        var expected = new (string At, AlertKind[] Kinds)[]
        {
            ("2026-11-23T15:00:00+07:00", [AlertKind.ElapsedWarning]),
            ("2026-11-24T07:00:00+07:00", [AlertKind.ElapsedWarning, AlertKind.DueToday]),
            ("2026-11-24T09:00:00+07:00", [AlertKind.ElapsedWarning, AlertKind.DueToday, AlertKind.ElapsedWarning]),
            ("2026-11-24T15:00:00+07:00", [AlertKind.ElapsedWarning, AlertKind.DueToday, AlertKind.ElapsedWarning, AlertKind.DossierOverdue, AlertKind.LateWithoutApology]),
        };
        var before = Array.Empty<AlertKind>();
        foreach (var (at, kinds) in expected)
        {
            server.Clock.SetUtcNow(Events.At(at) - TimeSpan.FromSeconds(1));
            await Task.Delay(Settle, TestContext.Current.CancellationToken);
            (await KindsAsync(client, code)).ShouldBe(before, ignoreOrder: true, $"nothing new just before {at}");

            server.Clock.Advance(TimeSpan.FromSeconds(1));
            await Eventually.GetAsync(() => KindsAsync(client, code), k => k.Count == kinds.Length, TimeSpan.FromSeconds(10), $"raised at {at}");
            (await KindsAsync(client, code)).ShouldBe(kinds, ignoreOrder: true);
            before = kinds;
        }

        var overdue = (await AlertsForAsync(client, code)).Single(a => a.Kind == AlertKind.DossierOverdue);
        overdue.DueAt.ShouldBe(DueTuesday);
        overdue.RaisedAt.ShouldBe(DueTuesday);
        server.Clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await KindsAsync(client, code)).Count.ShouldBe(5);
        (await GetDossierAsync(client, code)).OverdueAlertRaisedAt.ShouldBe(DueTuesday);
        var unit = await client.GetFromJsonAsync<UnitSnapshot>($"/api/v1/units/{Events.Unit}", Json, TestContext.Current.CancellationToken);
        unit!.Open.ShouldBe(1);
        unit.Overdue.ShouldBe(1);
    }

    [Theory]
    [InlineData("LD-ANNGAI", "2026-11-23T07:30:00+07:00")] // default hours: 13:30–17:00 Friday, then 30 min on Monday
    [InlineData("LD-PVHCC", "2026-11-20T17:00:00+07:00")]  // 13:00–17:00: the centre's afternoon opens earlier
    public async Task DueInstantFollowsTheUnitsOwnWorkingHoursWhenConfigured(string unit, string expectedDue)
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T12:00:00+07:00", 0.5m, unit))).EnsureSuccessStatusCode();

        (await GetDossierAsync(client, code)).DueAt.ShouldBe(Events.At(expectedDue));
    }

    [Fact]
    public async Task CompletionBeforeDueInstantPreventsOverdueAlert()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        server.Clock.SetUtcNow(Events.At("2026-11-23T10:00:00+07:00"));
        (await Events.PostAsync(client, Events.Completed(code, "2026-11-23T10:00:00+07:00"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        server.Clock.SetUtcNow(DueTuesday + TimeSpan.FromDays(1));
        await Task.Delay(Settle * 2, TestContext.Current.CancellationToken);

        (await KindsAsync(client, code)).ShouldNotContain(AlertKind.DossierOverdue);
        (await AlertsForAsync(client, code)).ShouldAllBe(a => a.ResolvedAt != null);
        var dossier = await GetDossierAsync(client, code);
        dossier.Status.ShouldBe(DossierStatus.ResultReady);
        dossier.Timeliness.ShouldBe(Timeliness.Early);
        var unit = await client.GetFromJsonAsync<UnitSnapshot>($"/api/v1/units/{Events.Unit}", Json, TestContext.Current.CancellationToken);
        unit!.Open.ShouldBe(0);
        unit.Overdue.ShouldBe(0);
    }

    [Fact]
    public async Task AlertsDueWhileTheSiloIsDownFireOnceAfterRestartAndNothingRepeats()
    {
        var database = await postgres.CreateDatabaseAsync("restart", TestContext.Current.CancellationToken);
        var code = Events.NewDossierCode();
        await using (var first = new OpsHubServer(database, new FakeTimeProvider(FridayAfternoon)))
        {
            using var client = first.CreateClient();
            (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
            first.Clock.SetUtcNow(Events.At("2026-11-23T15:00:00+07:00"));
            await Eventually.GetAsync(() => KindsAsync(client, code), k => k.Count == 1, TimeSpan.FromSeconds(10), "the 50% warning");
        }

        // Down from Monday 15:00 to Tuesday 15:05: the 75% warning, due today, overdue and late fell due meanwhile.
        var restartedAt = DueTuesday + TimeSpan.FromMinutes(5);
        await using var second = new OpsHubServer(database, new FakeTimeProvider(restartedAt));
        using var again = second.CreateClient();
        var kinds = await Eventually.GetAsync(() => KindsAsync(again, code), k => k.Count == 5, TimeSpan.FromSeconds(15), "raised after restart");
        kinds.Count(k => k == AlertKind.ElapsedWarning).ShouldBe(2);
        var dossier = await GetDossierAsync(again, code);
        dossier.DueAt.ShouldBe(DueTuesday);
        dossier.OverdueAlertRaisedAt.ShouldBe(restartedAt);

        second.Clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await KindsAsync(again, code)).Count.ShouldBe(5);
        var unit = await again.GetFromJsonAsync<UnitSnapshot>($"/api/v1/units/{Events.Unit}", Json, TestContext.Current.CancellationToken);
        unit!.Overdue.ShouldBe(1);
    }

    private async Task<OpsHubServer> StartAsync()
    {
        var server = new OpsHubServer(await postgres.CreateDatabaseAsync("slice", TestContext.Current.CancellationToken), new FakeTimeProvider(FridayAfternoon));
        server.StartServer();
        return server;
    }

    internal static async Task<DossierSnapshot> GetDossierAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<DossierSnapshot>($"/api/v1/dossiers/{code}", Json, TestContext.Current.CancellationToken))!;

    internal static async Task<List<AlertKind>> KindsAsync(HttpClient client, string code) =>
        [.. (await AlertsForAsync(client, code)).Select(a => a.Kind)];

    internal static async Task<List<AlertRecord>> AlertsForAsync(HttpClient client, string code)
    {
        var all = await client.GetFromJsonAsync<List<AlertRecord>>("/api/v1/alerts?limit=1000", Json, TestContext.Current.CancellationToken);
        return [.. all!.Where(a => a.Subject == code)];
    }
}
