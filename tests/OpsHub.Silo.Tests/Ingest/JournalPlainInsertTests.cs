using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Ingest.Journal;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// A batch of events never journaled before is inserted plainly, the idempotency key's index searched only by the
/// insert itself; a batch holding an event journaled before is inserted again skipping it, and so are the batches of
/// the next 30 s. PostgreSQL counts the "on conflict" check's searches as scans of the key's index (idx_scan); a plain
/// insert's own uniqueness check is not one.
/// </summary>
public sealed class JournalPlainInsertTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task NewEventsAreInsertedWithoutAConflictCheckUntilADuplicateComesAndAgainThirtySecondsAfterIt()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journalplain", token));
        var clock = new FakeTimeProvider(At);
        await using var journal = new PostgresEventJournal(db, clock, Options.Create(new JournalOptions { AppendWriters = 1 }));

        // New events only: journaled, and the key's index never scanned.
        (await journal.AppendAsync(Items("a", 500), token)).ShouldAllBe(seq => seq != null);
        (await CountedAsync(db, journaled: 500)).KeyScans.ShouldBe(0);

        // One event journaled before among new ones: the new ones journaled, the old one a duplicate, nothing lost.
        var mixed = await journal.AppendAsync([.. Items("b", 10), Items("a", 1)[0], .. Items("c", 10)], token);
        mixed.Count(seq => seq != null).ShouldBe(20);
        mixed[10].ShouldBeNull();
        // The batch was inserted again, each of its 21 keys checked.
        var afterDuplicate = (await CountedAsync(db, journaled: 520, keyScans: 21)).KeyScans;

        // Within 30 s of the duplicate, new events are checked too.
        clock.Advance(TimeSpan.FromSeconds(29));
        (await journal.AppendAsync(Items("d", 100), token)).ShouldAllBe(seq => seq != null);
        var within = (await CountedAsync(db, journaled: 620, keyScans: afterDuplicate + 100)).KeyScans;

        // After them, plainly again.
        clock.Advance(TimeSpan.FromSeconds(2));
        (await journal.AppendAsync(Items("e", 200), token)).ShouldAllBe(seq => seq != null);
        (await CountedAsync(db, journaled: 820)).KeyScans.ShouldBe(within);

        (await ScalarAsync(db, "select count(*) from opshub_ingest_journal")).ShouldBe(820);
        (await ScalarAsync(db, "select count(*) from opshub_ingest_pending")).ShouldBe(820);
    }

    [Fact]
    public async Task NewEventsKeepEveryFieldTheirOrderAndTheirPlaceInTheQueue()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journalfields", token));
        var clock = new FakeTimeProvider(At);
        await using var journal = new PostgresEventJournal(db, clock, Options.Create(new JournalOptions { AppendWriters = 1 }));
        var items = Enumerable.Range(0, 300).Select(i => new JournalItem(
            i % 2 == 0 ? "plain" : "mot-cua", $"id-{i:D4}", $"HS-Đ-{i % 13}", At.AddTicks(i * 12_340), i % 3 == 0 ? null : i * 10L,
            JournalFormats.OpsHub, $$"""{"n":{{i}},"ten":"Nguyễn Văn {{i}}"}""")).ToArray();

        var first = await journal.AppendAsync(items[..100], token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await journal.AppendAsync(items[100..], token);
        long[] seqs = [.. first.Concat(second).Select(seq => seq!.Value)];

        seqs.ShouldBe(seqs.Order().Distinct().ToArray(), "seqs rise in the items' order");
        for (var i = 0; i < items.Length; i++)
        {
            var stored = (await journal.FindAsync(seqs[i], token)).ShouldNotBeNull();
            stored.Item.ShouldBe(items[i]);
            stored.State.ShouldBe(JournalState.Pending);
            stored.ReceivedAt.ShouldBe(i < 100 ? At : At.AddSeconds(1));
        }

        (await ScalarAsync(db, "select count(*) from opshub_ingest_pending p join opshub_ingest_journal j using (seq)")).ShouldBe(300);
    }

    // Statistics reach pg_stat_user_tables a moment after the session is idle: once the journal's inserts are all
    // counted, the key index's scans are too.
    private static async Task<(long Inserts, long KeyScans)> CountedAsync(NpgsqlDataSource db, long journaled, long keyScans = 0) =>
        await Eventually.GetAsync(
            async () =>
            {
                await using var cmd = db.CreateCommand(
                    """
                    select (select n_tup_ins from pg_stat_user_tables where relname = 'opshub_ingest_journal'),
                           (select idx_scan from pg_stat_user_indexes where indexrelname = 'opshub_ingest_journal_key')
                    """);
                await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                await reader.ReadAsync(TestContext.Current.CancellationToken);
                return (reader.GetInt64(0), reader.GetInt64(1));
            },
            counts => counts.Item1 >= journaled && counts.Item2 >= keyScans,
            TimeSpan.FromSeconds(30),
            $"{journaled} journal inserts and {keyScans} scans of the key counted");

    private static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static JournalItem[] Items(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new JournalItem("plain", $"{prefix}-{i:D4}", $"HS-{prefix}-{i % 7}", At, null, JournalFormats.OpsHub, $$"""{"n":{{i}}}"""))];
}
