using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;
using Orleans.Configuration;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>
/// Idle dossier grains leave memory after <c>OpsHub:Dossiers:IdleActivationAge</c>, a collection quantum at a time
/// (<c>OpsHub:Dossiers:CollectionQuantum</c>, 5 s by default rather than Orleans' minute, so that a minute of
/// applying does not leave memory in one burst: BENCHMARKS.md, run 7).
/// </summary>
public sealed class ActivationCollectionTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task AnIdleDossierLeavesMemoryWithinItsAgeAndAQuantumWhenBothAreConfigured()
    {
        await using var server = await ServerAsync("collection", new Dictionary<string, string>
        {
            ["OpsHub:Dossiers:IdleActivationAge"] = "00:00:04",
            ["OpsHub:Dossiers:CollectionQuantum"] = "00:00:01",
        });
        using var client = server.CreateClient();
        var management = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        foreach (var code in Enumerable.Range(0, 3).Select(_ => Events.NewDossierCode()))
        {
            (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        }

        (await DossierActivationsAsync(management)).ShouldBe(3);
        var left = await Eventually.GetAsync(() => DossierActivationsAsync(management), n => n == 0, TimeSpan.FromSeconds(20), "every idle dossier collected");

        left.ShouldBe(0);
    }

    [Fact]
    public async Task ADossierWhoseNextWakeUpIsNearStaysInMemoryWhileAnIdleOneLeaves()
    {
        await using var server = await ServerAsync("collection-hold", new Dictionary<string, string>
        {
            ["OpsHub:Dossiers:IdleActivationAge"] = "00:00:02",
            ["OpsHub:Dossiers:CollectionQuantum"] = "00:00:01",
        });
        using var client = server.CreateClient();
        var management = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var near = Events.NewDossierCode();
        var far = Events.NewDossierCode();

        // 0.005 working days: its warnings and deadline fall within minutes, under the default five-minute hold.
        (await Events.PostAsync(client, Events.Received(near, "2026-11-20T15:00:00+07:00", 0.005m))).EnsureSuccessStatusCode();
        (await Events.PostAsync(client, Events.Received(far, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();

        var afterCollection = await Eventually.GetAsync(() => DossiersInMemoryAsync(management), codes => !codes.Contains(far), TimeSpan.FromSeconds(20), "the idle dossier collected");
        // Three more rounds of collection, each of which would have taken an unheld dossier of that age.
        await Task.Delay(TimeSpan.FromSeconds(9), TestContext.Current.CancellationToken);
        var later = await DossiersInMemoryAsync(management);

        afterCollection.ShouldBe([near]);
        later.ShouldBe([near]);
    }

    [Fact]
    public async Task TheQuantumIsFiveSecondsUnlessConfigured()
    {
        await using var server = await ServerAsync("collection-default");
        server.StartServer();

        var options = server.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;

        options.CollectionQuantum.ShouldBe(TimeSpan.FromSeconds(5));
        options.ClassSpecificCollectionAge.ShouldContainKeyAndValue(typeof(OpsHub.Grains.Dossiers.DossierGrain).FullName!, TimeSpan.FromMinutes(2));
        server.Services.GetRequiredService<IOptions<OpsHub.Grains.Dossiers.DossierActivationOptions>>().Value.HoldBeforeWakeUp.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task ANegativeHoldIsRefusedAtStartByName()
    {
        await using var server = await ServerAsync("collection-bad-hold", new Dictionary<string, string> { ["OpsHub:Dossiers:HoldBeforeWakeUp"] = "-00:00:01" });

        var refused = Should.Throw<Exception>(server.StartServer);

        Messages(refused).ShouldContain("HoldBeforeWakeUp not negative");
    }

    /// <summary>A server on its own database, SLA time Friday 20/11/2026 15:00:05, with <paramref name="settings"/>.</summary>
    private async Task<OpsHubServer> ServerAsync(string database, Dictionary<string, string>? settings = null) =>
        new(
            await postgres.CreateDatabaseAsync(database, TestContext.Current.CancellationToken),
            new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")),
            settings: settings);

    private static string Messages(Exception e) => e.InnerException is { } inner ? $"{e.Message} | {Messages(inner)}" : e.Message;

    private static async Task<List<string>> DossiersInMemoryAsync(IManagementGrain management) =>
        [.. (await management.GetDetailedGrainStatistics())
            .Where(s => s.GrainType.Contains("DossierGrain", StringComparison.Ordinal))
            .Select(s => s.GrainId.Key.ToString())];

    private static async Task<int> DossierActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("DossierGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);
}
