using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Ingest.Journal;
using OpsHub.Storage.Migrations;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// The journal's idempotency key is 16 bytes of SHA-256 over (source, event id), or for ids derived from an event's
/// bytes its instant's milliseconds and 10 bytes of that hash; computed by the door for new events and by migrations
/// 0240 and 0260 for events journaled before them: an event sent again is a duplicate whichever side of an upgrade it
/// was first sent on.
/// </summary>
public sealed class JournalIdempotencyKeyTests(PostgresServerFixture postgres)
{
    private const string KeyMigration = "0240_opshub_ingest_idempotency_key";
    private const string TimeKeyMigration = "0260_opshub_ingest_time_ordered_keys";
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnEventJournaledBeforeTheUpgradeIsADuplicateWhenSentAgainAfterIt()
    {
        var token = TestContext.Current.CancellationToken;
        var (database, migrator) = await MigratedBeforeAsync("journalkey", KeyMigration, token);

        // Vietnamese names and a derived id, as the doors journal them.
        (string Source, string EventId)[] before =
        [
            ("cổng-dịch-vụ-công-lâm-đồng", "hồ-sơ-000.123.45"),
            ("sim", "sha256:" + new string('a', 64)),
            ("ab", "c"),
        ];
        await using (var db = NpgsqlDataSource.Create(database))
        {
            await using var insert = db.CreateCommand(
                """
                insert into opshub_ingest_journal (source, event_id, subject, occurred_at, format, payload, received_at, state, applied_at)
                select s, e, 'HS-OLD', @at, 'opshub', '{}', now(), 1, now() from unnest(@sources, @ids) as v(s, e)
                """);
            insert.Parameters.AddWithValue("at", At.UtcDateTime);
            insert.Parameters.AddWithValue("sources", before.Select(b => b.Source).ToArray());
            insert.Parameters.AddWithValue("ids", before.Select(b => b.EventId).ToArray());
            await insert.ExecuteNonQueryAsync(token);
        }

        (await migrator.MigrateAsync(database, token)).ShouldContain(KeyMigration);

        await using var data = NpgsqlDataSource.Create(database);
        await StoredKeysAreTheDoorsAsync(data, token);

        await using var journal = new PostgresEventJournal(data, TimeProvider.System, Options.Create(new JournalOptions()));
        var again = await journal.AppendAsync([.. before.Select(b => Item(b.Source, b.EventId))], token);
        again.ShouldAllBe(seq => seq == null, "each was journaled before the upgrade");

        // The separator keeps ("ab", "c") and ("a", "bc") apart; a new id from a known source is new.
        var fresh = await journal.AppendAsync([Item("a", "bc"), Item("cổng-dịch-vụ-công-lâm-đồng", "hồ-sơ-000.123.46")], token);
        fresh.ShouldAllBe(seq => seq != null);
        (await journal.AppendAsync([Item("a", "bc")], token)).ShouldBe([null]);
    }

    [Fact]
    public async Task AnIdlessEventJournaledBeforeItsKeyTookItsInstantIsADuplicateWhenSentAgainAfterIt()
    {
        var token = TestContext.Current.CancellationToken;
        var (database, migrator) = await MigratedBeforeAsync("journalkeytime", TimeKeyMigration, token);

        // Derived ids (the instant before 1970 is kept at 0), a source's own id, and an id that only looks derived.
        var derived = Derived("một-cửa-lâm-đồng");
        (string Source, string EventId, DateTimeOffset At)[] before =
        [
            ("một-cửa-lâm-đồng", derived, At),
            ("sim", Derived("sim"), At.AddMilliseconds(1)),
            ("sim", Derived("old"), DateTimeOffset.UnixEpoch.AddDays(-1)),
            ("cổng-dịch-vụ-công", "hồ-sơ-000.123.45", At),
            ("sim", "sha256:" + new string('A', 64), At),
        ];
        await using (var db = NpgsqlDataSource.Create(database))
        {
            await using var insert = db.CreateCommand(
                """
                insert into opshub_ingest_journal (idempotency_key, source, event_id, subject, occurred_at, format, payload, received_at)
                select encode(substring(sha256(convert_to(s, 'UTF8') || '\x00'::bytea || convert_to(e, 'UTF8')) from 1 for 16), 'hex')::uuid,
                       s, e, 'HS-OLD', o, 'opshub', '{}', now()
                from unnest(@sources, @ids, @at) as v(s, e, o)
                """);
            insert.Parameters.AddWithValue("sources", before.Select(b => b.Source).ToArray());
            insert.Parameters.AddWithValue("ids", before.Select(b => b.EventId).ToArray());
            insert.Parameters.AddWithValue("at", before.Select(b => b.At.UtcDateTime).ToArray());
            await insert.ExecuteNonQueryAsync(token);
        }

        (await migrator.MigrateAsync(database, token)).ShouldContain(TimeKeyMigration);

        await using var data = NpgsqlDataSource.Create(database);
        await StoredKeysAreTheDoorsAsync(data, token);
        await using var journal = new PostgresEventJournal(data, TimeProvider.System, Options.Create(new JournalOptions()));
        (await journal.AppendAsync([.. before.Select(b => Item(b.Source, b.EventId, b.At))], token)).ShouldAllBe(seq => seq == null, "each was journaled before the upgrade");

        // New id-less events are new, and one sent twice is a duplicate.
        var fresh = Item("một-cửa-lâm-đồng", Derived("new"), At);
        (await journal.AppendAsync([fresh], token)).ShouldAllBe(seq => seq != null);
        (await journal.AppendAsync([fresh], token)).ShouldBe([null]);
    }

    [Fact]
    public void TheKeyIsTheFirstSixteenBytesOfSha256OverSourceZeroAndIdReadInOrder()
    {
        // The key of ("a", "b") is SHA-256 of the bytes 61 00 62 ("a", zero, "b"), its first 16 bytes in order.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([0x61, 0x00, 0x62]))[..32];
        PostgresEventJournal.IdempotencyKey("a", "b", At).ToString("N").ShouldBe(expected);
        PostgresEventJournal.IdempotencyKey("a", "b", At).ShouldNotBe(PostgresEventJournal.IdempotencyKey("b", "a", At));
        PostgresEventJournal.IdempotencyKey("a", "b", At.AddDays(1)).ShouldBe(PostgresEventJournal.IdempotencyKey("a", "b", At), "a source's own id keeps its key whatever its instant");

        // Long ids (past the stack buffer) are keyed the same way.
        var longId = new string('x', 2_000);
        var bytes = new byte[] { 0x73, 0x00 }.Concat(System.Text.Encoding.UTF8.GetBytes(longId)).ToArray();
        PostgresEventJournal.IdempotencyKey("s", longId, At).ToString("N")
            .ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..32]);
    }

    [Fact]
    public void ADerivedIdsKeyIsItsInstantsMillisecondsThenTenBytesOfTheHash()
    {
        var id = Derived("x");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([0x61, 0x00, .. System.Text.Encoding.UTF8.GetBytes(id)]));
        var milliseconds = At.ToUnixTimeMilliseconds();

        PostgresEventJournal.IdempotencyKey("a", id, At).ToString("N").ShouldBe($"{milliseconds:x12}{hash[..20]}");
        PostgresEventJournal.IdempotencyKey("a", id, DateTimeOffset.UnixEpoch.AddYears(-1)).ToString("N").ShouldBe($"{0:x12}{hash[..20]}");

        // Keys of later events sort after earlier ones, whatever their hashes.
        var keys = Enumerable.Range(0, 50).Select(i => PostgresEventJournal.IdempotencyKey("a", Derived($"e{i}"), At.AddMilliseconds(i))).ToArray();
        keys.Select(k => k.ToString("N")).ShouldBe(keys.Select(k => k.ToString("N")).Order(StringComparer.Ordinal));

        // Only the door's form counts as derived: upper-case digits, another length or another prefix do not.
        PostgresEventJournal.IsDerivedId(id).ShouldBeTrue();
        PostgresEventJournal.IsDerivedId(id.ToUpperInvariant()).ShouldBeFalse();
        PostgresEventJournal.IsDerivedId(id[..^1]).ShouldBeFalse();
        PostgresEventJournal.IsDerivedId("sha512:" + id[7..]).ShouldBeFalse();
        PostgresEventJournal.IsDerivedId(id[..^1] + "g").ShouldBeFalse();
        PostgresEventJournal.IsDerivedId(id[..^1] + "/").ShouldBeFalse();
    }

    // A new database with every shipped script before the one named applied, as a database of an older release.
    private async Task<(string Database, SchemaMigrator Migrator)> MigratedBeforeAsync(string name, string scriptId, CancellationToken token)
    {
        var database = await postgres.CreateEmptyDatabaseAsync(name, token);
        var migrator = new SchemaMigrator(NullLogger<SchemaMigrator>.Instance, TimeProvider.System);
        await migrator.MigrateAsync(database, [.. MigrationScript.Embedded.Where(s => string.CompareOrdinal(s.Id, scriptId) < 0)], token);
        return (database, migrator);
    }

    private static string Derived(string text) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    // Every stored key is the one the door computes for its row.
    private static async Task StoredKeysAreTheDoorsAsync(NpgsqlDataSource data, CancellationToken token)
    {
        await using var keys = data.CreateCommand("select source, event_id, occurred_at, idempotency_key from opshub_ingest_journal order by seq");
        await using var reader = await keys.ExecuteReaderAsync(token);
        var rows = 0;
        while (await reader.ReadAsync(token))
        {
            rows++;
            reader.GetGuid(3).ShouldBe(
                PostgresEventJournal.IdempotencyKey(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)),
                $"the stored key of {reader.GetString(0)}/{reader.GetString(1)}");
        }

        rows.ShouldBeGreaterThan(0);
    }

    private static JournalItem Item(string source, string eventId) => Item(source, eventId, At);

    private static JournalItem Item(string source, string eventId, DateTimeOffset at) =>
        new(source, eventId, "HS-KEY-0001", at, null, JournalFormats.OpsHub, "{}");
}
