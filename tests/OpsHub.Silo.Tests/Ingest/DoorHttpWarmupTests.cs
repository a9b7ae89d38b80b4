using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Ingest.Guards;
using OpsHub.Ingest.Http;
using OpsHub.Ingest.Journal;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// Once its HTTP server listens, a silo sends sample bodies to its own door over loopback under a key of its own, and
/// is not ready until that warm-up is over (BENCHMARKS.md, run 12). Nothing it sends is kept.
/// </summary>
public sealed class DoorHttpWarmupTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset At = Events.At("2026-11-20T15:00:05+07:00");

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:80", "http://127.0.0.1/")]
    [InlineData("http://[::]:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://10.1.2.3:5000", "http://10.1.2.3:5000/")]
    public void ItReachesItsOwnServerOnLoopbackWhereverItListens(string listening, string expected) =>
        DoorHttpWarmup.LoopbackAddress([listening]).ShouldBe(new Uri(expected));

    [Fact]
    public void ItTakesThePlainHttpAddressAndDoesNotRunOnHttpsAlone()
    {
        DoorHttpWarmup.LoopbackAddress(["https://0.0.0.0:443", "http://[::]:80"]).ShouldBe(new Uri("http://127.0.0.1/"));
        DoorHttpWarmup.LoopbackAddress(["https://localhost:5001"]).ShouldBeNull();
        DoorHttpWarmup.LoopbackAddress([]).ShouldBeNull();
    }

    [Fact]
    public void TheKeyAdmitsOnlyWhileOpenAndEachOpeningDrawsANewOne()
    {
        var key = new WarmUpKey();
        var first = key.Open();
        key.Admits(Sha256(first)).ShouldBeTrue();
        key.Admits(Sha256(first + "x")).ShouldBeFalse();

        var second = key.Open();
        second.ShouldNotBe(first);
        key.Admits(Sha256(first)).ShouldBeFalse("a new opening replaces the key");
        key.Admits(Sha256(second)).ShouldBeTrue();

        key.Close(first);
        key.Admits(Sha256(second)).ShouldBeTrue("closing a key replaced since closes nothing");
        key.Close(second);
        key.Admits(Sha256(second)).ShouldBeFalse();
        WarmUpKey.Source.KeepsNothing.ShouldBeTrue();
    }

    [Fact]
    public async Task ASiloOnKestrelIsNotReadyUntilItsDoorIsWarmedUpOverHttpAndKeepsNothingOfIt()
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync("httpwarmup", token);
        await using var server = new OpsHubServer(database, new FakeTimeProvider(At), kestrel: true, settings: new Dictionary<string, string>
        {
            ["OpsHub:Ingest:Journal:WarmUpLimit"] = "00:01:00",
        });
        using var client = server.CreateClient();
        var warmup = server.Services.GetRequiredService<DoorHttpWarmup>();

        // It needs at least a second (its compile rate is read over a second, after 50 requests), so the first look finds it running.
        var finishedBefore = warmup.Finished;
        using var first = await client.GetAsync("/health/ready", token);
        finishedBefore.ShouldBeFalse();
        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        HttpStatusCode ready;
        do
        {
            await Task.Delay(100, token);
            using var response = await client.GetAsync("/health/ready", token);
            ready = response.StatusCode;
        }
        while (ready != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        ready.ShouldBe(HttpStatusCode.OK);
        warmup.Finished.ShouldBeTrue();
        warmup.Requests.ShouldBeGreaterThanOrEqualTo(DoorHttpWarmup.MinRequests);

        await using var db = NpgsqlDataSource.Create(database);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_journal")).ShouldBe(0);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending")).ShouldBe(0);
        (await ScalarAsync<long>(db, "select count(*) from opshub_dead_letters")).ShouldBe(0);

        // Every event of every request it sent over HTTP reached the journal's insert and drew its number, as did the
        // warm-up before the server opened (two rounds on two connections).
        (await ScalarAsync<long>(db, DoorWarmupTests.LastJournalNumber)).ShouldBe((4L + warmup.Requests) * DoorWarmup.SampleEvents);
    }

    [Fact]
    public async Task TheWarmUpKeyKeepsNothingSendsOnlyNdjsonToTheEventsDoorAndIsRefusedOnceClosed()
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync("warmupkey", token);
        await using var server = new OpsHubServer(database, new FakeTimeProvider(At));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeyFilter.Header);
        var key = server.Services.GetRequiredService<WarmUpKey>();
        var opened = key.Open();
        client.DefaultRequestHeaders.Add(ApiKeyFilter.Header, opened);
        var code = Events.NewDossierCode();
        var line = JsonSerializer.Serialize(Events.Received(code, "2026-11-20T15:00:00+07:00", 2));

        using var ndjson = await client.PostAsync("/api/v1/events", new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson"), token);
        using var single = await client.PostAsJsonAsync("/api/v1/events", Events.Received(code, "2026-11-20T15:00:00+07:00", 2), token);
        using var portal = await client.PostAsync("/api/v1/portal/records", new StringContent("[]", Encoding.UTF8, "application/json"), token);
        key.Close(opened);
        using var closed = await client.PostAsync("/api/v1/events", new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson"), token);

        ndjson.StatusCode.ShouldBe(HttpStatusCode.OK, await ndjson.Content.ReadAsStringAsync(token));
        (await ndjson.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("accepted").GetInt32().ShouldBe(0, "the warm-up's bodies count for nothing");
        single.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        portal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        closed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await using var db = NpgsqlDataSource.Create(database);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_journal")).ShouldBe(0);
        (await ScalarAsync<long>(db, "select count(*) from opshub_dead_letters")).ShouldBe(0);

        // The same line with the development source's key is journaled: the warm-up's try left nothing in its way.
        using var real = server.CreateClient();
        using var kept = await real.PostAsync("/api/v1/events", new StringContent(line + "\n", Encoding.UTF8, "application/x-ndjson"), token);
        (await kept.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("accepted").GetInt32().ShouldBe(1);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_journal")).ShouldBe(1);
    }

    private static byte[] Sha256(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql) => DoorWarmupTests.ScalarAsync<T>(db, sql);
}
