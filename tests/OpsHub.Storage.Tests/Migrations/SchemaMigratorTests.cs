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

    [Fact]
    public async Task GivesLedgerRowsWrittenBeforeTheUnitTotalsTheirDossiersFieldAndProcedureWhenUpgraded()
    {
        var database = await MigratedUpToAsync("0210_opshub_unit_totals");

        // HS-1's first row predates fields (0130), its second names one, and its receipt fact names its procedure;
        // HS-2 has neither, so it stays unknown.
        await ScalarAsync<int>(database, """
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, d_open, d_overdue, at)
            values ('HS-1', 1, 'U', 1, 0, '2026-12-01T01:00:00Z'), ('HS-2', 1, 'U', 1, 0, '2026-12-01T02:00:00Z');
            insert into opshub_unit_ledger (dossier_code, change_no, unit_code, field_code, d_open, d_overdue, at)
            values ('HS-1', 2, 'U', 'HT', 0, 1, '2026-12-01T03:00:00Z');
            insert into opshub_kpi_facts (dossier_code, fact, unit_code, procedure_code, field_code, channel, day, at)
            values ('HS-1', 'received', 'U', '1.001', 'HT', 1, '2026-12-01', '2026-12-01T01:00:00Z');
            select 1
            """);
        await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        (await ScalarAsync<string>(database, """
            select string_agg(format('%s/%s %s %s', dossier_code, change_no, coalesce(field_code, '-'), coalesce(procedure_code, '-')), ', '
                              order by dossier_code, change_no)
            from opshub_unit_ledger
            """)).ShouldBe("HS-1/1 HT 1.001, HS-1/2 HT 1.001, HS-2/1 - -");
        (await ScalarAsync<string>(database, """
            select string_agg(format('%s: open %s overdue %s changes %s', coalesce(field_code, 'unknown'), open, overdue, changes), ', '
                              order by coalesce(field_code, 'unknown'))
            from (select field_code, sum(d_open) as open, sum(d_overdue) as overdue, sum(changes) as changes
                  from opshub_unit_figures where unit_code = 'U' group by 1) f
            """)).ShouldBe("HT: open 1 overdue 1 changes 2, unknown: open 1 overdue 0 changes 1");
    }

    [Fact]
    public async Task MovesTheJournalsUnfinishedEventsIntoTheWorkTablesWhenUpgraded()
    {
        var database = await MigratedUpToAsync("0230_opshub_ingest_work_queues");

        // One event in each state, as the journal kept them before 0230.
        await ScalarAsync<int>(database, """
            insert into opshub_ingest_journal (source, event_id, subject, occurred_at, format, payload, received_at, state, reason)
            values ('s', 'pending', 'HS-P', now(), 'opshub', '{}', now(), 0, null),
                   ('s', 'applied', 'HS-A', now(), 'opshub', '{}', now(), 1, null),
                   ('s', 'held', 'HS-H', now(), 'opshub', '{}', now(), 2, 'awaiting receipt'),
                   ('s', 'dead', 'HS-D', now(), 'opshub', '{}', now(), 3, 'unknown unit');
            select 1
            """);
        await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        (await ScalarAsync<string>(database, """
            select string_agg(j.event_id, ',' order by j.seq) from opshub_ingest_pending p join opshub_ingest_journal j using (seq)
            """)).ShouldBe("pending");
        (await ScalarAsync<string>(database, """
            select string_agg(format('%s %s %s', j.event_id, p.subject, p.state), ',' order by j.seq)
            from opshub_ingest_parked p join opshub_ingest_journal j using (seq)
            """)).ShouldBe("held HS-H 2,dead HS-D 3");
        (await ScalarAsync<long>(database, """
            select count(*) from pg_indexes where tablename = 'opshub_ingest_journal' and indexdef ilike '%where%'
            """)).ShouldBe(0, "no index of the journal reads its state");
        (await ScalarAsync<string>(database, """
            select string_agg(format('%s %s %s', event_id, state, coalesce(reason, '-')), ',' order by seq) from opshub_ingest_events
            """)).ShouldBe("pending 0 -,applied 1 -,held 2 awaiting receipt,dead 3 unknown unit");
    }

    [Fact]
    public async Task KeepsWhereEachEventStandsWhenTheJournalBecomesAppendOnly()
    {
        var database = await MigratedUpToAsync("0250_opshub_ingest_journal_append_only");

        // One event in each state, as the journal and its work tables kept them before 0250.
        await ScalarAsync<int>(database, """
            insert into opshub_ingest_journal (idempotency_key, source, event_id, subject, occurred_at, format, payload, received_at, state, applied_at, reason)
            values (gen_random_uuid(), 's', 'pending', 'HS-P', now(), 'opshub', '{}', '2026-11-24T01:00:00Z', 0, null, null),
                   (gen_random_uuid(), 's', 'applied', 'HS-A', now(), 'opshub', '{}', '2026-11-24T01:00:00Z', 1, '2026-11-24T02:03:04Z', null),
                   (gen_random_uuid(), 's', 'held', 'HS-H', now(), 'opshub', '{}', '2026-11-24T01:00:00Z', 2, null, 'awaiting receipt'),
                   (gen_random_uuid(), 's', 'dead', 'HS-D', now(), 'opshub', '{}', '2026-11-24T01:00:00Z', 3, null, 'unknown unit');
            insert into opshub_ingest_pending (seq) select seq from opshub_ingest_journal where state = 0;
            insert into opshub_ingest_parked (seq, subject, state) select seq, subject, state from opshub_ingest_journal where state in (2, 3);
            select 1
            """);
        await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        (await ScalarAsync<string>(database, """
            select string_agg(format('%s %s %s %s', event_id, state, coalesce(to_char(applied_at at time zone 'UTC', 'HH24:MI:SS'), '-'), coalesce(reason, '-')), ','
                              order by seq)
            from opshub_ingest_events
            """)).ShouldBe("pending 0 - -,applied 1 02:03:04 -,held 2 - awaiting receipt,dead 3 - unknown unit");
        (await ScalarAsync<long>(database, """
            select count(*) from information_schema.columns
            where table_name = 'opshub_ingest_journal' and column_name in ('state', 'applied_at', 'reason')
            """)).ShouldBe(0, "the journal's rows no longer carry their outcome");
        (await ScalarAsync<string>(database, "select array_to_string(reloptions, ',') from pg_class where relname = 'opshub_ingest_journal'"))
            .ShouldBe("fillfactor=100");
    }

    [Fact]
    public async Task MovesThePendingEventsIntoSetsOfAtMostFiveThousandWhenUpgraded()
    {
        var database = await MigratedUpToAsync("0270_opshub_ingest_pending_sets");

        // 5,003 events as the journal and its work tables kept them before 0270: 5,001 pending, one dead, one applied.
        await ScalarAsync<int>(database, """
            insert into opshub_ingest_journal (idempotency_key, source, event_id, subject, occurred_at, format, payload, received_at)
            select gen_random_uuid(), 's', 'e-' || i, 'HS-' || i, now(), 'opshub', '{}', now() from generate_series(1, 5003) i;
            insert into opshub_ingest_pending (seq) select seq from opshub_ingest_journal where event_id not in ('e-17', 'e-18');
            insert into opshub_ingest_parked (seq, subject, state, reason) select seq, subject, 3, 'unknown unit' from opshub_ingest_journal where event_id = 'e-17';
            insert into opshub_ingest_applied (seq, applied_at) select seq, now() from opshub_ingest_journal where event_id = 'e-18';
            select 1
            """);
        await _migrator.MigrateAsync(database, TestContext.Current.CancellationToken);

        (await ScalarAsync<string>(database, """
            select string_agg(format('%s %s', events, seqs = array(select seq from opshub_ingest_journal where seq between min_seq and max_seq
                                                                   and event_id not in ('e-17', 'e-18') order by seq)), ',' order by min_seq)
            from opshub_ingest_pending_sets
            """)).ShouldBe("5000 t,1 t");
        (await ScalarAsync<string>(database, """
            select string_agg(format('%s %s', state, count), ',' order by state) from (select state, count(*) from opshub_ingest_events group by state) s
            """)).ShouldBe("0 5001,1 1,3 1");
        (await ScalarAsync<long>(database, "select count(*) from opshub_ingest_pending p join opshub_ingest_journal j using (seq)")).ShouldBe(5001);
    }

    // A new database with every shipped script before the one named applied, as a database of an older release.
    private async Task<string> MigratedUpToAsync(string scriptId)
    {
        var database = await postgres.CreateEmptyDatabaseAsync(nameof(SchemaMigratorTests), TestContext.Current.CancellationToken);
        var before = MigrationScript.Embedded.Where(script => string.CompareOrdinal(script.Id, scriptId) < 0).ToList();
        MigrationScript.Embedded.ShouldContain(script => script.Id == scriptId, $"{scriptId} is one of the shipped scripts");
        await _migrator.MigrateAsync(database, before, TestContext.Current.CancellationToken);
        return database;
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
