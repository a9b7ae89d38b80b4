using System.Diagnostics;
using System.Globalization;
using System.Net;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// Two silo processes on loopback form one cluster through PostgreSQL membership; a source posts to both. One is
/// killed with SIGKILL under load: the survivor declares it dead, takes over its grains (dossiers received before the
/// kill are answered and woken through the survivor), nothing acknowledged is lost, and alerts resume within 30 s.
/// </summary>
public sealed class FailoverTests(PostgresServerFixture postgres)
{
    private const int Dossiers = 240;
    private const double EventsPerSecond = 25;
    private static readonly TimeSpan AlertsResumeWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheSurvivorServesTheGrainsAndRaisesAlertsWhenOneOfTwoSilosIsKilledUnderLoad()
    {
        var output = TestContext.Current.TestOutputHelper;
        var token = TestContext.Current.CancellationToken;
        var seed = Random.Shared.Next();
        output?.WriteLine($"failover: seed {seed}");
        var database = await postgres.CreateDatabaseAsync("failover", token);
        var cluster = $"failover-{Guid.NewGuid():N}";
        var (killedPort, survivorPort) = (FreePort.Next(), FreePort.Next());
        await using var killed = await SiloProcess.StartAsync(database, cluster, killedPort, FreePort.Next());
        await using var survivor = await SiloProcess.StartAsync(database, cluster, survivorPort, FreePort.Next());
        using var toKilled = killed.CreateClient();
        using var toSurvivor = survivor.CreateClient();
        var outcomeStore = new StoredOutcome(database, []);
        await Eventually.GetAsync(() => outcomeStore.CountAsync($"select count(*) from orleans_membership where deployment_id = '{cluster}' and status = 3"), n => n == 2, TimeSpan.FromSeconds(60), "both silos active");

        // Promises fall due from shortly before the kill to well after it, so wake-ups need the survivor.
        var start = DateTimeOffset.UtcNow;
        var plan = PlannedDossier.Plan(Dossiers, new Random(seed), $"FAILOVER-{seed:X8}", start + TimeSpan.FromSeconds(5), start + TimeSpan.FromSeconds(40));
        var killedAlive = 1;
        var turn = 0;
        HttpClient Next() => Volatile.Read(ref killedAlive) == 1 && Interlocked.Increment(ref turn) % 2 == 0 ? toKilled : toSurvivor;
        var load = new IngestLoad(plan, Next, concurrency: 8, EventsPerSecond, TimeSpan.FromMinutes(3));
        var loading = load.RunAsync(token);

        await Eventually.GetAsync(() => Task.FromResult(load.Acknowledged.Count), n => n >= load.EventCount / 3, TimeSpan.FromSeconds(60), "a third of the load acknowledged");
        var receivedBeforeKill = load.Acknowledged.Where(a => a.Index == 0).Select(a => a.DossierCode).ToList();
        Volatile.Write(ref killedAlive, 0);
        var killedAt = DateTimeOffset.UtcNow;
        var sinceKill = Stopwatch.StartNew();
        await killed.KillAsync();

        // Alerts resume: the first alert raised after the kill, necessarily by the survivor.
        var firstAlert = await Eventually.GetAsync(
            () => FirstAlertRaisedAfterAsync(database, killedAt), raised => raised is not null, TimeSpan.FromSeconds(60), "an alert raised after the kill");
        var resumedAfter = firstAlert!.Value - killedAt;
        output?.WriteLine($"failover: first alert raised {resumedAfter.TotalSeconds:0.000} s after the kill");

        var declaredDead = await Eventually.GetAsync(
            () => outcomeStore.CountAsync($"select count(*) from orleans_membership where deployment_id = '{cluster}' and port = {killedPort} and status = 6"),
            n => n == 1,
            TimeSpan.FromSeconds(90),
            "the killed silo declared dead");
        output?.WriteLine($"failover: killed silo declared dead in the membership table {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill");

        // Grains move: dossiers received before the kill (about half of them activated on the killed silo) answer
        // through the survivor.
        var sample = receivedBeforeKill.Take(40).ToList();
        await Task.WhenAll(sample.Select(code => Eventually.GetAsync(
            async () => (await toSurvivor.GetAsync($"api/v1/dossiers/{code}", token)).StatusCode,
            status => status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60),
            $"dossier {code} answered by the survivor")));
        output?.WriteLine($"failover: {sample.Count} dossiers received before the kill answered by the survivor {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill");

        await loading;
        var outcome = new StoredOutcome(database, plan);
        await outcome.VerifyEventsAsync(load, TimeSpan.FromMinutes(2));
        var alerts = await outcome.VerifyAlertsAsync(TimeSpan.FromMinutes(2));
        var wokenAfterKill = await outcome.CountAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"select count(*) from opshub_alerts where id like '%/c1/t1/overdue' and due_at > '{killedAt:O}'::timestamptz and subject in ({string.Join(',', receivedBeforeKill.Select(c => $"'{c}'"))})"));
        var lateness = await outcome.RowsAsync(
            string.Create(CultureInfo.InvariantCulture, $"select coalesce(max(extract(epoch from raised_at - due_at)), 0)::float8 from opshub_alerts where id like '%/c1/t1/overdue' and due_at > '{killedAt:O}'::timestamptz"),
            r => r.GetDouble(0));
        output?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"failover passed: {load.EventCount} events acknowledged and applied once ({load.Retries} resends), {alerts.Count} alerts raised once; {wokenAfterKill} promises of dossiers received before the kill fell due after it and were raised by the survivor, the latest {lateness[0]:0.0} s after its due instant; first alert {resumedAfter.TotalSeconds:0.000} s after the kill"));

        declaredDead.ShouldBe(1);
        resumedAfter.ShouldBeLessThan(AlertsResumeWithin, "alerts resume within 30 s of losing a silo");
        wokenAfterKill.ShouldBeGreaterThan(0, "some promises of dossiers the killed silo may have held fell due after the kill");
        TimeSpan.FromSeconds(lateness[0]).ShouldBeLessThan(AlertsResumeWithin, "an alert falling due after the kill is raised within 30 s, whichever silo held its dossier");
    }

    private static async Task<DateTimeOffset?> FirstAlertRaisedAfterAsync(string database, DateTimeOffset after)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new Npgsql.NpgsqlCommand("select min(raised_at) from opshub_alerts where raised_at > @after", connection);
        cmd.Parameters.AddWithValue("after", after);
        return await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken) is DateTime raised
            ? new DateTimeOffset(DateTime.SpecifyKind(raised, DateTimeKind.Utc))
            : null;
    }
}
