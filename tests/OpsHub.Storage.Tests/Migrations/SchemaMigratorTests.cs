using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsHub.Storage.Migrations;
using OpsHub.Testing;

namespace OpsHub.Storage.Tests.Migrations;

public sealed class SchemaMigratorTests(PostgresServerFixture postgres)
{
    // Every query the ADO.NET clustering and grain storage providers load at start.
    private static readonly string[] _orleansQueryKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadAllKey", "MembershipReadRowKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    private readonly SchemaMigrator _migrator = new(NullLogger<SchemaMigrator>.Instance, TimeProvider.System);

    [Fact]
    public async Task AppliesEveryScriptInOrderWhenDatabaseIsEmpty()
    {
        var database = await postgres.CreateEmptyDatabaseAsync(nameof(SchemaMigratorTests), TestContext.Current.CancellationToken);

        var applied = await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        applied.ShouldBe(SchemaMigrator.Migrations);
        applied.Take(3).ShouldBe(["0001_orleans_query", "0002_orleans_clustering", "0003_orleans_grain_state"]);
        (await AppliedIdsAsync(database)).ShouldBe(SchemaMigrator.Migrations);
        var queryKeys = (await ScalarAsync<string>(database, "SELECT string_agg(querykey, ',') FROM orleansquery")).Split(',');
        _orleansQueryKeys.ShouldBeSubsetOf(queryKeys);
    }

    [Fact]
    public async Task ChangesNothingWhenAppliedAgain()
    {
        var database = await postgres.CreateEmptyDatabaseAsync(nameof(SchemaMigratorTests), TestContext.Current.CancellationToken);
        await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);
        var schemaBefore = await SchemaFingerprintAsync(database);
        var historyBefore = await ScalarAsync<string>(database, "SELECT string_agg(id || '@' || applied_at, ',' ORDER BY id) FROM opshub_schema_migrations");

        var applied = await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        applied.ShouldBeEmpty();
        (await SchemaFingerprintAsync(database)).ShouldBe(schemaBefore);
        (await ScalarAsync<string>(database, "SELECT string_agg(id || '@' || applied_at, ',' ORDER BY id) FROM opshub_schema_migrations"))
            .ShouldBe(historyBefore);
    }

    [Fact]
    public async Task AppliesEachScriptOnceWhenTwoMigratorsRunAtOnce()
    {
        var database = await postgres.CreateEmptyDatabaseAsync(nameof(SchemaMigratorTests), TestContext.Current.CancellationToken);
        var other = new SchemaMigrator(NullLogger<SchemaMigrator>.Instance, TimeProvider.System);

        var results = await Task.WhenAll(
            Task.Run(() => _migrator.MigrateAsync(database, TestContext.Current.CancellationToken)),
            Task.Run(() => other.MigrateAsync(database, TestContext.Current.CancellationToken)));

        results.SelectMany(ids => ids).Order(StringComparer.Ordinal).ShouldBe(SchemaMigrator.Migrations);
        (await AppliedIdsAsync(database)).ShouldBe(SchemaMigrator.Migrations);
    }

    [Fact]
    public async Task RollsBackScriptWhenItFails()
    {
        var database = await postgres.CreateEmptyDatabaseAsync(nameof(SchemaMigratorTests), TestContext.Current.CancellationToken);
        MigrationScript[] scripts =
        [
            new("0001_first", "CREATE TABLE first_table (id int)"),
            new("0002_broken", "CREATE TABLE half_done (id int); SELECT 1 / 0;"),
            new("0003_after", "CREATE TABLE after_table (id int)"),
        ];

        await Should.ThrowAsync<PostgresException>(() => _migrator.MigrateAsync(database, scripts, TestContext.Current.CancellationToken));

        (await AppliedIdsAsync(database)).ShouldBe(["0001_first"]);
        (await ScalarAsync<bool>(database, "SELECT to_regclass('first_table') IS NOT NULL")).ShouldBeTrue();
        (await ScalarAsync<bool>(database, "SELECT to_regclass('half_done') IS NOT NULL")).ShouldBeFalse();
        (await ScalarAsync<bool>(database, "SELECT to_regclass('after_table') IS NOT NULL")).ShouldBeFalse();
    }

    private static async Task<IReadOnlyList<string>> AppliedIdsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM opshub_schema_migrations ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static Task<string> SchemaFingerprintAsync(string database) =>
        ScalarAsync<string>(
            database,
            """
            SELECT string_agg(item, E'\n' ORDER BY item) FROM (
                SELECT table_name || '.' || column_name || ':' || data_type AS item
                  FROM information_schema.columns WHERE table_schema = 'public'
                UNION ALL
                SELECT p.proname || ':' || md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public'
                UNION ALL
                SELECT querykey || ':' || md5(querytext) FROM orleansquery
            ) AS schema_items
            """);

    private static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
