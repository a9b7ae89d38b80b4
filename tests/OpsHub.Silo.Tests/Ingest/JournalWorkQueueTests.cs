using Microsoft.Extensions.Options;
using Npgsql;
using OpsHub.Ingest.Journal;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// The journal is append-only (migration 0250): its work (pending, held, dead) and its outcomes (applied) live in their
/// own small tables, so recording what became of an event never rewrites its journal row, and the journal's pages are
/// filled instead of keeping room for that rewrite.
/// </summary>
public sealed class JournalWorkQueueTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task RecordingEventsAsAppliedNeverUpdatesTheJournalWhosePagesAreFilled()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journalappend", token));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        const int Events = 2_000;

        // Payloads of the sizes the doors see (a few hundred bytes), varied so pages do not all fill alike.
        var items = Enumerable.Range(0, Events)
            .Select(i => new JournalItem("append", $"event-{i:D5}", $"LD-APP-{i % 97:D4}", At.AddSeconds(i), null, JournalFormats.OpsHub,
                $"{{\"n\":{i},\"note\":\"{new string('x', 150 + (i * 37 % 400))}\"}}"))
            .ToList();
        long? lastSeq = null;
        foreach (var chunk in items.Chunk(250))
        {
            var seqs = await journal.AppendAsync(chunk, token);
            seqs.ShouldAllBe(seq => seq != null);
            lastSeq = seqs[^1];
        }

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var applied = 0;
        while (await journal.ApplyPendingAsync(300, entries => Task.FromResult(Verdicts(entries, JournalState.Applied)), token) is var claimed and > 0)
        {
            applied += claimed;
        }

        applied.ShouldBe(Events);
        (await ScalarAsync<long>(db, $"select count(*) from opshub_ingest_events where state = 1 and applied_at >= '{before:O}'")).ShouldBe(Events);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending")).ShouldBe(0);
        var last = (await journal.FindAsync(lastSeq!.Value, token))!;
        last.State.ShouldBe(JournalState.Applied);
        last.AppliedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(before);

        // Sessions report their counts to the statistics when idle; wait for all the inserts to be counted.
        var (inserts, updates) = await Eventually.GetAsync(
            () => RowAsync(db, "select n_tup_ins, n_tup_upd from pg_stat_user_tables where relname = 'opshub_ingest_journal'"),
            counts => counts.First >= Events, TimeSpan.FromSeconds(30), "the journal's inserts counted");
        inserts.ShouldBe(Events);
        updates.ShouldBe(0, "an outcome is recorded beside the journal, not in it");

        // Every page but the last is filled: the rows take at least 85% of the pages they occupy.
        var (pages, bytes) = await RowAsync(db, "select count(distinct (ctid::text::point)[0])::bigint, sum(pg_column_size(j.*) + 4)::bigint from opshub_ingest_journal j");
        (bytes / (double)(pages * 8192)).ShouldBeGreaterThan(0.85, $"{bytes} bytes of rows in {pages} pages");
    }

    [Fact]
    public async Task HeldEventsWaitOutsideTheQueueAndReturnToItWhenTheirDossiersReceiptIsApplied()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journalheld", token));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        var step = Item("step-1", "LD-HELD-0001", 1);
        var other = Item("step-2", "LD-HELD-0002", 2);
        var seqs = await journal.AppendAsync([step, other], token);

        // First pass: both wait for their receipts.
        (await journal.ApplyPendingAsync(10, entries => Task.FromResult(Verdicts(entries, JournalState.Held, "awaiting receipt")), token)).ShouldBe(2);
        (await journal.ApplyPendingAsync(10, entries => throw new InvalidOperationException("nothing is pending"), token)).ShouldBe(0);
        (await journal.FindAsync(seqs[0]!.Value, token))!.State.ShouldBe(JournalState.Held);

        // The first dossier's receipt arrives and is applied: its held step comes back, the other dossier's stays.
        await journal.AppendAsync([Item("receipt-1", "LD-HELD-0001", 0)], token);
        (await journal.ApplyPendingAsync(10, entries => Task.FromResult(Verdicts(entries, JournalState.Applied)), token)).ShouldBe(1);
        var retried = new List<string>();
        (await journal.ApplyPendingAsync(10, entries =>
        {
            retried.AddRange(entries.Select(e => e.Item.EventId));
            return Task.FromResult(Verdicts(entries, JournalState.Applied));
        }, token)).ShouldBe(1);
        retried.ShouldBe(["step-1"]);
        (await journal.FindAsync(seqs[0]!.Value, token))!.State.ShouldBe(JournalState.Applied);
        var stillHeld = (await journal.FindAsync(seqs[1]!.Value, token))!;
        stillHeld.State.ShouldBe(JournalState.Held);
        stillHeld.Reason.ShouldBe("awaiting receipt");
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_parked where state = 2")).ShouldBe(1);
    }

    [Fact]
    public async Task DeadEventsAreListedWithTheirReasonAndRequeuedOnRequest()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journaldead", token));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        var seqs = await journal.AppendAsync([Item("bad-1", "LD-DEAD-0001", 0), Item("bad-2", "LD-DEAD-0002", 1), Item("good", "LD-DEAD-0003", 2)], token);

        // A transient failure (Pending) leaves an event in the queue; a refusal makes it dead.
        (await journal.ApplyPendingAsync(10, entries => Task.FromResult<IReadOnlyList<JournalVerdict>>(
        [
            new(entries[0].Seq, JournalState.Dead, "unknown procedure"),
            new(entries[1].Seq, JournalState.Dead, "unknown unit"),
            new(entries[2].Seq, JournalState.Pending),
        ]), token)).ShouldBe(3);

        var dead = await journal.ListDeadAsync(10, token);
        dead.Where(d => d.Kind == "journal").Select(d => (d.Seq, d.Reason)).ShouldBe([(seqs[0], "unknown procedure"), (seqs[1], "unknown unit")]);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending")).ShouldBe(1, "the transient failure stays pending");

        (await journal.RequeueDeadAsync([seqs[1]!.Value], token)).ShouldBe(1);
        var requeued = (await journal.FindAsync(seqs[1]!.Value, token))!;
        requeued.State.ShouldBe(JournalState.Pending);
        requeued.Reason.ShouldBeNull();
        var next = new List<long>();
        (await journal.ApplyPendingAsync(10, entries =>
        {
            next.AddRange(entries.Select(e => e.Seq));
            return Task.FromResult(Verdicts(entries, JournalState.Applied));
        }, token)).ShouldBe(2);
        next.ShouldBe([seqs[1]!.Value, seqs[2]!.Value], "in journal order");
        (await journal.ListDeadAsync(10, token)).Where(d => d.Kind == "journal").Select(d => d.Seq).ShouldBe([seqs[0]]);
        (await journal.RequeueDeadAsync(null, token)).ShouldBe(1);
        (await journal.ListDeadAsync(10, token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ADuplicateAppendQueuesNothingTwice()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journaldup", token));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));

        var first = await journal.AppendAsync([Item("once", "LD-DUP-0001", 0), Item("once", "LD-DUP-0001", 0)], token);
        var again = await journal.AppendAsync([Item("once", "LD-DUP-0001", 0)], token);

        first[0].ShouldNotBeNull();
        first[1].ShouldBeNull();
        again[0].ShouldBeNull();
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending")).ShouldBe(1);
    }

    [Fact]
    public async Task EachInsertQueuesOneSetAndTheApplierClaimsTheLeastPendingNumbersAcrossInterleavedSets()
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("journalsets", token));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, Options.Create(new JournalOptions()));
        var seqs = new List<long>();
        for (var insert = 0; insert < 4; insert++)
        {
            var appended = await journal.AppendAsync([.. Enumerable.Range(insert * 10, 10).Select(i => Item($"set-{i:D2}", $"LD-SET-{i % 7:D4}", i))], token);
            seqs.AddRange(appended.Select(seq => seq!.Value));
        }

        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending_sets")).ShouldBe(4, "one set per insert");
        await SetsAreWellFormedAsync(db);

        // Two inserts running at once draw their numbers from the sequence in turn: the numbers of three sets interleave.
        await using (var interleave = db.CreateCommand(
            """
            delete from opshub_ingest_pending_sets;
            insert into opshub_ingest_pending_sets (min_seq, max_seq, events, seqs)
            select min(s), max(s), count(*), array_agg(s order by s) from unnest(@seqs) with ordinality as u(s, n) group by n % 3
            """))
        {
            interleave.Parameters.AddWithValue("seqs", seqs.ToArray());
            await interleave.ExecuteNonQueryAsync(token);
        }

        // Each claim is the seven least numbers still pending, in order; one event the first claim leaves undecided
        // (a transient failure) is the first of the next.
        var remaining = new SortedSet<long>(seqs);
        var claims = 0;
        while (remaining.Count > 0)
        {
            var expected = remaining.Take(7).ToList();
            var claimed = new List<long>();
            (await journal.ApplyPendingAsync(7, entries =>
            {
                claimed.AddRange(entries.Select(e => e.Seq));
                return Task.FromResult<IReadOnlyList<JournalVerdict>>(
                    [.. entries.Select(e => new JournalVerdict(e.Seq, claims == 0 && e.Seq == expected[3] ? JournalState.Pending : JournalState.Applied))]);
            }, token)).ShouldBe(expected.Count);
            claimed.ShouldBe(expected, $"claim {claims}");
            remaining.ExceptWith(claims == 0 ? expected.Where(seq => seq != expected[3]) : expected);
            (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending")).ShouldBe(remaining.Count);
            await SetsAreWellFormedAsync(db);
            claims++;
        }

        claims.ShouldBe(6, "40 events, 7 at a time, one of them twice");
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_pending_sets")).ShouldBe(0);
        (await ScalarAsync<long>(db, "select count(*) from opshub_ingest_events where state = 1")).ShouldBe(40);
    }

    // Each set lists its numbers ascending with their least, greatest and count, and no number is in two sets.
    private static async Task SetsAreWellFormedAsync(NpgsqlDataSource db)
    {
        (await ScalarAsync<long>(db,
            """
            select count(*) from opshub_ingest_pending_sets
            where min_seq <> seqs[1] or max_seq <> seqs[cardinality(seqs)] or events <> cardinality(seqs)
               or seqs <> array(select s from unnest(seqs) s order by s)
            """)).ShouldBe(0);
        (await ScalarAsync<long>(db, "select count(*) - count(distinct seq) from opshub_ingest_pending")).ShouldBe(0);
    }

    private static JournalItem Item(string eventId, string subject, int minutes) =>
        new("test", eventId, subject, At.AddMinutes(minutes), null, JournalFormats.OpsHub, $"{{\"id\":\"{eventId}\"}}");

    private static IReadOnlyList<JournalVerdict> Verdicts(IReadOnlyList<JournalEntry> entries, JournalState state, string? reason = null) =>
        [.. entries.Select(e => new JournalVerdict(e.Seq, state, reason))];

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<(long First, long Second)> RowAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
