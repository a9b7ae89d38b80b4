using System.Net;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Security;

/// <summary>The data-protection key ring lives in the shared database, so a sign-in made on one silo holds on every other.</summary>
public sealed class SharedKeyRingTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task ACookieIssuedByOneSiloIsAcceptedByAnotherOnTheSameDatabaseAndRefusedByOneOnAnother()
    {
        var database = await postgres.CreateDatabaseAsync("keyring", TestContext.Current.CancellationToken);
        var other = await postgres.CreateDatabaseAsync("keyring-other", TestContext.Current.CancellationToken);
        var clock = new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00"));
        var leader = TestUsers.Person("district-leader", ["leader"], ["LD"]);

        await using var first = new OpsHubServer(database, clock);
        first.StartServer();
        var cookie = first.CookieHeader(leader);

        await using var second = new OpsHubServer(database, clock);
        second.StartServer();
        await using var stranger = new OpsHubServer(other, clock);
        stranger.StartServer();

        (await GetUnitAsync(second, cookie)).ShouldBe(HttpStatusCode.OK, "same database, same key ring");
        (await GetUnitAsync(stranger, cookie)).ShouldBe(HttpStatusCode.Unauthorized, "another database holds another key ring");

        await using var db = NpgsqlDataSource.Create(database);
        await using var count = db.CreateCommand("select count(*) from opshub_data_protection_keys");
        ((long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(1, "one key, made by the first silo and read by the second");
    }

    private static async Task<HttpStatusCode> GetUnitAsync(OpsHubServer server, string cookie)
    {
        using var client = server.CreateClient(user: null, followRedirects: false);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await client.GetAsync("/api/v1/units/LD", TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
