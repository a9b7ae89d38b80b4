using System.Diagnostics;
using System.Globalization;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// The crash harness: a source posts real events over HTTP to a real silo process while the harness kills it with
/// SIGKILL at seeded random instants and starts it again, several times. Afterwards PostgreSQL must hold every
/// acknowledged event applied exactly once and every due alert raised exactly once. The test command runs the short
/// version; <c>scripts/crash-harness.sh</c> runs a long one (<see cref="CrashHarnessSettings"/>).
/// </summary>
public sealed class CrashHarnessTests(PostgresServerFixture postgres)
{
    private const int Senders = 16;
    private static readonly TimeSpan MinLife = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan MaxLife = TimeSpan.FromSeconds(5);

    /// <summary>A restart on this shared machine, roughly: it only spreads the apologies' promises over the run.</summary>
    private static readonly TimeSpan RestartEstimate = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task EveryAcknowledgedEventAndEveryDueAlertIsStoredExactlyOnceWhenTheSiloIsKilledRepeatedly()
    {
        var settings = CrashHarnessSettings.FromEnvironment();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"crash harness: {settings.Kills} kills, {settings.Dossiers} dossiers, seed {settings.Seed} (OPSHUB_CRASH_SEED={settings.Seed} repeats it)");
        var random = new Random(settings.Seed);
        var clock = Stopwatch.StartNew();
        var database = await postgres.CreateDatabaseAsync("crashharness", TestContext.Current.CancellationToken);
        var cluster = $"harness-{Guid.NewGuid():N}";
        var (siloPort, gatewayPort, httpPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());

        // Spread the load over every life of the silo, and the apologies' promises over the whole run.
        var lives = settings.Kills + 1;
        var meanLife = (MinLife + MaxLife) / 2;
        var start = DateTimeOffset.UtcNow;
        var plan = PlannedDossier.Plan(settings.Dossiers, random, $"HARNESS-{settings.Seed:X8}", start + TimeSpan.FromSeconds(5), start + (lives * (meanLife + RestartEstimate)));
        var eventCount = plan.Sum(d => d.Payloads.Length);
        var rate = Math.Max(20, eventCount / (lives * meanLife.TotalSeconds));

        var silo = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort, httpPort: httpPort);
        var clients = new List<HttpClient> { silo.CreateClient() };
        HttpClient? current = clients[0];
        var load = new IngestLoad(plan, () => Volatile.Read(ref current), Senders, rate, settings.Bound);
        var loading = load.RunAsync(TestContext.Current.CancellationToken);
        var kills = new List<string>();
        try
        {
            for (var kill = 1; kill <= settings.Kills; kill++)
            {
                var life = MinLife + ((MaxLife - MinLife) * random.NextDouble());
                await Task.WhenAny(loading, Task.Delay(life, TestContext.Current.CancellationToken));
                Volatile.Write(ref current, null);
                await silo.KillAsync();
                await silo.DisposeAsync();
                kills.Add($"kill {kill} at {clock.Elapsed.TotalSeconds:0.0} s after {life.TotalSeconds:0.0} s of life, {load.Acknowledged.Count}/{eventCount} events acknowledged");
                output?.WriteLine(kills[^1]);
                silo = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort, httpPort: httpPort);
                clients.Add(silo.CreateClient());
                Volatile.Write(ref current, clients[^1]);
            }

            await loading;
            var outcome = new StoredOutcome(database, plan);
            await outcome.VerifyEventsAsync(load, TimeSpan.FromMinutes(2));
            var alerts = await outcome.VerifyAlertsAsync(TimeSpan.FromMinutes(2));
            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"crash harness passed: seed {settings.Seed}, {settings.Kills} kills, {plan.Count} dossiers, {eventCount} events acknowledged and applied once ({load.Retries} resends), {alerts.Count} alerts raised once ({plan.Count(d => d.PromisedAt is not null)} dossiers with promises falling due during the run), {clock.Elapsed.TotalSeconds:0} s");
            output?.WriteLine(summary);
            Report(settings, [.. kills, summary]);
        }
        catch (Exception ex)
        {
            Report(settings, [.. kills, $"crash harness FAILED: seed {settings.Seed}, {settings.Kills} kills, {plan.Count} dossiers, after {clock.Elapsed.TotalSeconds:0} s: {ex.Message}"]);
            throw;
        }
        finally
        {
            await silo.DisposeAsync();
            clients.ForEach(c => c.Dispose());
        }
    }

    private static void Report(CrashHarnessSettings settings, IEnumerable<string> lines)
    {
        if (settings.ReportFile is { } file)
        {
            File.AppendAllLines(file, lines);
        }
    }
}
