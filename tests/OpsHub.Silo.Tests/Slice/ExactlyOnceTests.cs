using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>Alerts fire exactly once per SLA cycle whatever happens to the grain in between.</summary>
public sealed class ExactlyOnceTests(PostgresServerFixture postgres)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task AlertsAreNeitherLostNorRepeatedWhenTheGrainIsDeactivatedAndWokenRepeatedly()
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("once", TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        server.Clock.SetUtcNow(Events.At("2026-11-23T15:00:00+07:00"));
        await Eventually.GetAsync(() => SlaSliceTests.KindsAsync(client, code), k => k.Count == 1, TimeSpan.FromSeconds(10), "the 50% warning");
        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        // Everything else falls due while the dossier is not in memory.
        server.Clock.SetUtcNow(Events.At("2026-11-25T10:00:00+07:00"));
        await Eventually.GetAsync(() => SlaSliceTests.KindsAsync(client, code), k => k.Count == 5, TimeSpan.FromSeconds(10), "all five alerts");

        var firedBefore = await FiredAsync(grains, code);
        firedBefore.Count.ShouldBe(5);
        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => grains.GetGrain<IDossierGrain>(code).WakeAsync()));
        server.Clock.Advance(TimeSpan.FromDays(3));
        await Task.Delay(Settle, TestContext.Current.CancellationToken);

        var kinds = await SlaSliceTests.KindsAsync(client, code);
        kinds.ShouldBe(
            [AlertKind.ElapsedWarning, AlertKind.ElapsedWarning, AlertKind.DueToday, AlertKind.DossierOverdue, AlertKind.LateWithoutApology],
            ignoreOrder: true);
        (await FiredAsync(grains, code)).ShouldBe(firedBefore, "no threshold fired again");
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> FiredAsync(IGrainFactory grains, string code)
    {
        var timeline = await grains.GetGrain<IDossierGrain>(code).GetTimelineAsync();
        return timeline!.Thresholds.Where(t => t.FiredAt is not null).ToDictionary(t => t.Key, t => t.FiredAt);
    }
}
