using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// A 2xx means the event is committed. The process is killed with SIGKILL after acknowledging events and before
/// (or while) applying them; after a restart every acknowledged event is applied, exactly once.
/// </summary>
public sealed class CrashAfterAcknowledgementTests(PostgresServerFixture postgres)
{
    private const int Dossiers = 120;

    [Fact]
    public async Task AcknowledgedEventsAreAppliedExactlyOnceWhenTheProcessIsKilledBeforeApplyingThem()
    {
        var database = await postgres.CreateDatabaseAsync("crash", TestContext.Current.CancellationToken);
        var cluster = $"crash-{Guid.NewGuid():N}";
        var (siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next());
        var codes = Enumerable.Range(0, Dossiers).Select(i => $"CRASH-{i:D4}-{Guid.NewGuid():N}"[..24]).ToList();

        // First life: the applier is off, so nothing acknowledged can have been applied when the process dies.
        await using (var first = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort, new Dictionary<string, string> { ["OpsHub:Ingest:Journal:ApplyEnabled"] = "false" }))
        {
            using var client = first.CreateClient();
            foreach (var code in codes)
            {
                var received = await client.PostAsJsonAsync("api/v1/events", Events.Received(code, "2026-11-20T15:00:00+07:00", 2), TestContext.Current.CancellationToken);
                received.StatusCode.ShouldBe(HttpStatusCode.Accepted);
                var completed = await client.PostAsJsonAsync("api/v1/events", Events.Completed(code, "2026-11-23T10:00:00+07:00"), TestContext.Current.CancellationToken);
                completed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            }

            await first.KillAsync();
        }

        (await CountAsync(database, "select count(*) from opshub_ingest_events where state = 0")).ShouldBe(2 * Dossiers);

        // Second life: applies everything; killed again part-way, so some events are applied but not recorded as such.
        await using (var second = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort))
        {
            await Eventually.GetAsync(() => CountAsync(database, "select count(*) from opshub_ingest_events where state = 1"), n => n > 0, TimeSpan.FromSeconds(30), "applying");
            await second.KillAsync();
        }

        await using var third = await SiloProcess.StartAsync(database, cluster, siloPort, gatewayPort);
        await Eventually.GetAsync(() => CountAsync(database, "select count(*) from opshub_ingest_events where state <> 1"), n => n == 0, TimeSpan.FromSeconds(60), "all applied");

        using var check = third.CreateClient();
        var unit = await check.GetFromJsonAsync<JsonElement>($"api/v1/units/{Events.Unit}", TestContext.Current.CancellationToken);
        unit.GetProperty("open").GetInt32().ShouldBe(0, "every dossier received once and completed once");
        foreach (var code in codes.Take(10))
        {
            var dossier = await check.GetFromJsonAsync<JsonElement>($"api/v1/dossiers/{code}", TestContext.Current.CancellationToken);
            dossier.GetProperty("status").GetString().ShouldBe("ResultReady");
            dossier.GetProperty("timeline").GetProperty("refusals").GetArrayLength().ShouldBe(0);
        }

        (await CountAsync(database, "select count(*) from opshub_ingest_journal")).ShouldBe(2 * Dossiers);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
