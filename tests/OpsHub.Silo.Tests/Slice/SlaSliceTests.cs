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
    public async Task OverdueAlertFiresOnceAtDueInstantAndNotBefore()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        server.Clock.SetUtcNow(DueTuesday - TimeSpan.FromSeconds(1));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await AlertsForAsync(client, code)).ShouldBeEmpty();

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var alerts = await Eventually.GetAsync(() => AlertsForAsync(client, code), a => a.Count > 0, TimeSpan.FromSeconds(10), "raised");
        alerts.Count.ShouldBe(1);
        alerts[0].Kind.ShouldBe(AlertKind.DossierOverdue);
        alerts[0].DueAt.ShouldBe(DueTuesday);
        alerts[0].RaisedAt.ShouldBe(DueTuesday);

        server.Clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await AlertsForAsync(client, code)).Count.ShouldBe(1);
        (await GetDossierAsync(client, code)).OverdueAlertRaisedAt.ShouldBe(DueTuesday);
        var unit = await client.GetFromJsonAsync<UnitSnapshot>($"/api/v1/units/{Events.Unit}", Json, TestContext.Current.CancellationToken);
        unit!.Open.ShouldBe(1);
        unit.Overdue.ShouldBe(1);
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

        (await AlertsForAsync(client, code)).ShouldBeEmpty();
        var dossier = await GetDossierAsync(client, code);
        dossier.Status.ShouldBe(DossierStatus.ResultReady);
        dossier.Timeliness.ShouldBe(Timeliness.Early);
        var unit = await client.GetFromJsonAsync<UnitSnapshot>($"/api/v1/units/{Events.Unit}", Json, TestContext.Current.CancellationToken);
        unit!.Open.ShouldBe(0);
        unit.Overdue.ShouldBe(0);
    }

    [Fact]
    public async Task DossierAndAlertSurviveRestartWithoutTheAlertRepeating()
    {
        var database = await postgres.CreateDatabaseAsync("restart", TestContext.Current.CancellationToken);
        var code = Events.NewDossierCode();
        await using (var first = new OpsHubServer(database, new FakeTimeProvider(FridayAfternoon)))
        {
            using var client = first.CreateClient();
            (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
            first.Clock.SetUtcNow(DueTuesday + TimeSpan.FromMinutes(5));
            await Eventually.GetAsync(() => AlertsForAsync(client, code), a => a.Count > 0, TimeSpan.FromSeconds(10), "raised");
        }

        await using var second = new OpsHubServer(database, new FakeTimeProvider(DueTuesday + TimeSpan.FromHours(1)));
        using var again = second.CreateClient();
        var dossier = await GetDossierAsync(again, code);
        dossier.DueAt.ShouldBe(DueTuesday);
        dossier.OverdueAlertRaisedAt.ShouldBe(DueTuesday + TimeSpan.FromMinutes(5));
        second.Clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);
        (await AlertsForAsync(again, code)).Count.ShouldBe(1);
    }

    private async Task<OpsHubServer> StartAsync()
    {
        var server = new OpsHubServer(await postgres.CreateDatabaseAsync("slice", TestContext.Current.CancellationToken), new FakeTimeProvider(FridayAfternoon));
        server.StartServer();
        return server;
    }

    internal static async Task<DossierSnapshot> GetDossierAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<DossierSnapshot>($"/api/v1/dossiers/{code}", Json, TestContext.Current.CancellationToken))!;

    private static async Task<List<AlertRecord>> AlertsForAsync(HttpClient client, string code)
    {
        var all = await client.GetFromJsonAsync<List<AlertRecord>>("/api/v1/alerts?limit=1000", Json, TestContext.Current.CancellationToken);
        return [.. all!.Where(a => a.Subject == code)];
    }
}
