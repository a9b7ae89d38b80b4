using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Grains;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Dossiers;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;
using Orleans.Configuration;
using Orleans.Storage;

namespace OpsHub.Silo.Tests.Storage;

/// <summary>Grain state is stored in Orleans' binary format; state stored before, as JSON, is still read and then rewritten.</summary>
public sealed class GrainStateFormatTests(PostgresServerFixture postgres)
{
    private static readonly byte[] Marker = [0x00, (byte)'O', (byte)'B'];

    [Fact]
    public async Task ReadsADossierStoredAsJsonAndWritesItBackAsBinaryWhenItNextChanges()
    {
        var connectionString = await postgres.CreateDatabaseAsync("state-format", TestContext.Current.CancellationToken);
        await using var db = NpgsqlDataSource.Create(connectionString);
        await using var server = new OpsHubServer(connectionString, new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")));
        server.StartServer();
        using var client = server.CreateClient();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var code = Events.NewDossierCode();
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        var stored = await PayloadAsync(db, code);
        stored.AsSpan().StartsWith(Marker).ShouldBeTrue("a new dossier is stored in the binary format");
        var before = JsonSerializer.Serialize(await grains.GetGrain<IDossierGrain>(code).GetTimelineAsync());

        // The same state as the provider's former default serializer (Newtonsoft JSON) stored it.
        var serializer = server.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(StorageNames.Default).GrainStorageSerializer;
        var state = serializer.Deserialize<DossierState>(new BinaryData(stored)).ShouldNotBeNull();
        var json = new JsonGrainStorageSerializer(server.Services.GetRequiredService<Orleans.Serialization.OrleansJsonSerializer>()).Serialize(state).ToArray();
        json[0].ShouldBe((byte)'{');
        await using (var rewrite = db.CreateCommand("update orleans_grain_state set payload = $1 where grain_type = 'dossier' and grain_id_extension = $2"))
        {
            rewrite.Parameters.Add(new NpgsqlParameter { Value = json });
            rewrite.Parameters.Add(new NpgsqlParameter { Value = code });
            (await rewrite.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        JsonSerializer.Serialize(await grains.GetGrain<IDossierGrain>(code).GetTimelineAsync()).ShouldBe(before, "read from JSON, the dossier is the same");
        (await PayloadAsync(db, code)).ShouldBe(json, "reading does not rewrite");

        (await Events.PostAsync(client, Events.Completed(code, "2026-11-20T16:00:00+07:00"))).EnsureSuccessStatusCode();
        (await PayloadAsync(db, code)).AsSpan().StartsWith(Marker).ShouldBeTrue("its next write is binary");
        await management.ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        (await grains.GetGrain<IDossierGrain>(code).GetAsync()).ShouldNotBeNull().Status.ShouldBe(DossierStatus.ResultReady);
    }

    private static async Task<byte[]> PayloadAsync(NpgsqlDataSource db, string code)
    {
        await using var read = db.CreateCommand("select payload from orleans_grain_state where grain_type = 'dossier' and grain_id_extension = $1");
        read.Parameters.Add(new NpgsqlParameter { Value = code });
        return (byte[])(await read.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldNotBeNull();
    }
}
