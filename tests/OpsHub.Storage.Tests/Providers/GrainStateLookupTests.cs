using Npgsql;

namespace OpsHub.Storage.Tests.Providers;

/// <summary>
/// Every dossier, unit and counter grain has a string key, which the ADO.NET provider stores as numeric halves (0, 0)
/// and the whole key in the extension. Unless each statement names the extension through the identity index, a
/// lookup reads every row of the type: the apply path slowed with every dossier stored (issue #10).
/// </summary>
public sealed class GrainStateLookupTests(StorageSilo silo) : IClassFixture<StorageSilo>
{
    private const string StateName = "OpsHub.Storage.Tests.CounterState";
    private const string BulkType = "opshub-lookup-test";
    private const int BulkRows = 20_000;

    [Fact]
    public async Task StoresAStringKeyedGrainWithZeroHalvesAndItsKeyAsTheExtension()
    {
        var key = $"LD-ANNGAI-{Guid.NewGuid():N}";
        var grainId = GrainId.Create(GrainType.Create("opshub-test"), key);

        await silo.Storage().WriteStateAsync(StateName, grainId, new GrainState<CounterState>(new CounterState { Count = 7 }));

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT grain_id_n0, grain_id_n1 FROM orleans_grain_state WHERE grain_id_extension = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await reader.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        (reader.GetInt64(0), reader.GetInt64(1)).ShouldBe((0L, 0L));
    }

    [Fact]
    public async Task EveryStateStatementFindsItsRowThroughTheIdentityIndexAmongManyStringKeys()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = await OpenAsync();
        await ExecuteAsync(
            connection,
            $"""
            INSERT INTO orleans_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
            SELECT 'lookup', '{BulkType}', 0, 0, 'LD-' || i, '\x00'::bytea, 1 FROM generate_series(1, {BulkRows}) AS i
            UNION ALL SELECT 'lookup', '{BulkType}', 0, 42, NULL, '\x01'::bytea, 1
            """);
        await ExecuteAsync(connection, "ANALYZE orleans_grain_state");

        await using var tx = await connection.BeginTransactionAsync(ct);

        // The provider's own statements, as stored for it, with its parameter names.
        (await RunAsync(connection, tx, "ReadFromStorageKey", "LD-777", null, null)).ShouldBe(1);
        (await RunAsync(connection, tx, "ReadFromStorageKey", null, null, null, n1: 42)).ShouldBe(1);
        (await RunAsync(connection, tx, "ReadFromStorageKey", "LD-absent", null, null)).ShouldBe(null);
        (await RunAsync(connection, tx, "WriteToStorageKey", "LD-777", 1, [2])).ShouldBe(2);
        (await RunAsync(connection, tx, "WriteToStorageKey", "LD-777", 1, [3])).ShouldBe(null); // a stale version
        (await RunAsync(connection, tx, "WriteToStorageKey", null, 1, [4], n1: 42)).ShouldBe(2);
        (await RunAsync(connection, tx, "ClearStorageKey", "LD-778", 1, null)).ShouldBe(2);
        (await RunAsync(connection, tx, "DeleteStorageKey", "LD-779", 1, null)).ShouldBe(2);
        (await RunAsync(connection, tx, "DeleteStorageKey", "LD-780", null, null)).ShouldBe(null); // a row the caller did not see
        (await RunAsync(connection, tx, "DeleteStorageKey", null, 2, null, n1: 42)).ShouldBe(3);

        (await ScansAsync(connection, tx)).Index.ShouldBeGreaterThanOrEqualTo(10);
    }

    private static async Task<int?> RunAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string queryKey, string? extension, int? version, byte[]? payload, long n1 = 0)
    {
        var ct = TestContext.Current.CancellationToken;
        string text;
        await using (var lookup = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @key", connection, tx))
        {
            lookup.Parameters.AddWithValue("key", queryKey);
            text = (string)(await lookup.ExecuteScalarAsync(ct))!;
        }

        var before = await ScansAsync(connection, tx);
        await using var command = new NpgsqlCommand(text, connection, tx);
        command.Parameters.AddWithValue("ServiceId", "lookup");
        command.Parameters.AddWithValue("GrainTypeString", BulkType);
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", n1);
        command.Parameters.Add(new NpgsqlParameter<string?>("GrainIdExtensionString", extension));
        if (text.Contains("@GrainStateVersion", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter<int?>("GrainStateVersion", version));
        }

        if (text.Contains("@PayloadBinary", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter<byte[]?>("PayloadBinary", payload));
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            await reader.DisposeAsync();
            (await ScansAsync(connection, tx)).Sequential.ShouldBe(before.Sequential, $"{queryKey} ({extension}) scanned the whole table");
            return null;
        }

        var column = reader.GetOrdinal(queryKey == "ReadFromStorageKey" ? "Version" : "NewGrainStateVersion");
        var result = reader.IsDBNull(column) ? (int?)null : reader.GetInt32(column);
        (await reader.ReadAsync(ct)).ShouldBeFalse("a lookup returned more than one row");
        await reader.DisposeAsync();

        // This transaction's own table statistics: how the statement reached its row.
        (await ScansAsync(connection, tx)).Sequential.ShouldBe(before.Sequential, $"{queryKey} ({extension ?? "no extension"}, version {version}) scanned the whole table");
        return result;
    }

    private static async Task<(long Sequential, long Index)> ScansAsync(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scans = new NpgsqlCommand(
            "SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'orleans_grain_state'", connection, tx);
        await using var reader = await scans.ExecuteReaderAsync(ct);
        (await reader.ReadAsync(ct)).ShouldBeTrue();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    // A backend of its own: not one of the provider's pooled backends, whose cached plans were made on a smaller table.
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(silo.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
