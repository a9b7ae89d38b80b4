using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Ingest.Journal;
using OpsHub.Storage.Migrations;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// The journal's idempotency key is 16 bytes of SHA-256 over (source, event id), computed by the door for new events
/// and by migration 0240 for events journaled before it: an event sent again is a duplicate whichever side of the
/// upgrade it was first sent on.
/// </summary>
public sealed class JournalIdempotencyKeyTests(PostgresServerFixture postgres)
{
    private const string KeyMigration = "0240_opshub_ingest_idempotency_key";
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnEventJournaledBeforeTheUpgradeIsADuplicateWhenSentAgainAfterIt()
    {
        var token = TestContext.Current.CancellationToken;
        var database = await postgres.CreateEmptyDatabaseAsync("journalkey", token);
        var migrator = new SchemaMigrator(NullLogger<SchemaMigrator>.Instance, TimeProvider.System);
        await migrator.MigrateAsync(database, [.. MigrationScript.Embedded.Where(s => string.CompareOrdinal(s.Id, KeyMigration) < 0)], token);

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
                select s, e, 'HS-OLD', now(), 'opshub', '{}', now(), 1, now() from unnest(@sources, @ids) as v(s, e)
                """);
            insert.Parameters.AddWithValue("sources", before.Select(b => b.Source).ToArray());
            insert.Parameters.AddWithValue("ids", before.Select(b => b.EventId).ToArray());
            await insert.ExecuteNonQueryAsync(token);
        }

        (await migrator.MigrateAsync(database, token)).ShouldContain(KeyMigration);

        await using var data = NpgsqlDataSource.Create(database);
        await using (var keys = data.CreateCommand("select source, event_id, idempotency_key from opshub_ingest_journal order by seq"))
        await using (var reader = await keys.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                reader.GetGuid(2).ShouldBe(PostgresEventJournal.IdempotencyKey(reader.GetString(0), reader.GetString(1)), $"the stored key of {reader.GetString(0)}/{reader.GetString(1)}");
            }
        }

        await using var journal = new PostgresEventJournal(data, TimeProvider.System, Options.Create(new JournalOptions()));
        var again = await journal.AppendAsync([.. before.Select(b => Item(b.Source, b.EventId))], token);
        again.ShouldAllBe(seq => seq == null, "each was journaled before the upgrade");

        // The separator keeps ("ab", "c") and ("a", "bc") apart; a new id from a known source is new.
        var fresh = await journal.AppendAsync([Item("a", "bc"), Item("cổng-dịch-vụ-công-lâm-đồng", "hồ-sơ-000.123.46")], token);
        fresh.ShouldAllBe(seq => seq != null);
        (await journal.AppendAsync([Item("a", "bc")], token)).ShouldBe([null]);
    }

    [Fact]
    public void TheKeyIsTheFirstSixteenBytesOfSha256OverSourceZeroAndIdReadInOrder()
    {
        // The key of ("a", "b") is SHA-256 of the bytes 61 00 62 ("a", zero, "b"), its first 16 bytes in order.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([0x61, 0x00, 0x62]))[..32];
        PostgresEventJournal.IdempotencyKey("a", "b").ToString("N").ShouldBe(expected);
        PostgresEventJournal.IdempotencyKey("a", "b").ShouldNotBe(PostgresEventJournal.IdempotencyKey("b", "a"));

        // Long ids (past the stack buffer) are keyed the same way.
        var longId = new string('x', 2_000);
        var bytes = new byte[] { 0x73, 0x00 }.Concat(System.Text.Encoding.UTF8.GetBytes(longId)).ToArray();
        PostgresEventJournal.IdempotencyKey("s", longId).ToString("N")
            .ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..32]);
    }

    private static JournalItem Item(string source, string eventId) =>
        new(source, eventId, "HS-KEY-0001", At, null, JournalFormats.OpsHub, "{}");
}
