using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace OpsHub.Ingest.Journal;

/// <summary>
/// The journal in PostgreSQL. Appends from concurrent requests are committed together (group commit): one
/// multi-row insert per batch, so throughput follows PostgreSQL's bulk insert rate rather than its transaction rate.
/// </summary>
internal sealed class PostgresEventJournal : IEventJournal, IAsyncDisposable
{
    // An event as the journal stores it, then where it stands (state, applied_at, reason), which the view
    // opshub_ingest_events derives from the pending, parked and applied tables (migration 0250).
    private const string EventColumns = "j.seq, j.source, j.event_id, j.subject, j.occurred_at, j.sequence, j.format, j.payload, j.received_at";

    private readonly NpgsqlDataSource _db;
    private readonly TimeProvider _time;
    private readonly int _maxBatch;
    private readonly Channel<PendingAppend> _appends = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = false });
    private readonly Task[] _writers;

    // Until when appends skip events journaled before instead of inserting plainly (see InsertUniqueAsync).
    private static readonly TimeSpan DuplicatesRemembered = TimeSpan.FromSeconds(30);
    private long _duplicatesSeenUntilTicks;

    public PostgresEventJournal(NpgsqlDataSource db, TimeProvider time, IOptions<JournalOptions> options)
    {
        _db = db;
        _time = time;
        _maxBatch = options.Value.MaxAppendBatch;
        _writers = [.. Enumerable.Range(0, options.Value.AppendWriters).Select(_ => Task.Run(WriteLoopAsync))];
    }

    // The advisory lock key of the applier: "OpsHubJA" read as a 64-bit number.
    private const long ApplierLockKey = 0x4F70734875624A41;

    public Task<IReadOnlyList<long?>> AppendAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<long?>>([]);
        }

        var pending = new PendingAppend(items, new TaskCompletionSource<IReadOnlyList<long?>>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_appends.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The journal is shutting down.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async Task WarmUpAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await InsertAsync([.. items], connection, tx);
        await tx.RollbackAsync(cancellationToken);
    }

    public async Task RecordRejectedAsync(IReadOnlyList<RejectedItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        await using var cmd = _db.CreateCommand(
            """
            insert into opshub_dead_letters (source, format, payload, reason, received_at)
            select * from unnest(@source, @format, @payload, @reason, @received)
            """);
        cmd.Parameters.AddWithValue("source", items.Select(i => i.Source).ToArray());
        cmd.Parameters.AddWithValue("format", items.Select(i => i.Format).ToArray());
        cmd.Parameters.AddWithValue("payload", items.Select(i => i.Payload).ToArray());
        cmd.Parameters.AddWithValue("reason", items.Select(i => i.Reason).ToArray());
        cmd.Parameters.AddWithValue("received", Enumerable.Repeat(_time.GetUtcNow().UtcDateTime, items.Count).ToArray());
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> ApplyPendingAsync(int limit, Func<IReadOnlyList<JournalEntry>, Task<IReadOnlyList<JournalVerdict>>> apply, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);

        // One applier at a time in the whole cluster. Two silos claiming neighbouring batches could otherwise apply
        // one dossier's events out of order (a completion before the step that precedes it, refused as a conflict).
        // The lock goes with the transaction, so a killed silo's lock goes with its connection.
        await using (var gate = new NpgsqlCommand("select pg_try_advisory_xact_lock(@key)", connection, tx))
        {
            gate.Parameters.AddWithValue("key", ApplierLockKey);
            if (await gate.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        // No row locks: the advisory lock above is the only way in, and it is released only after the previous
        // applier's commit is visible, so the next one never sees an event the previous one took. Others only add sets.
        var (sets, seqs) = await ClaimSeqsAsync(connection, tx, limit, cancellationToken);
        if (seqs.Length == 0)
        {
            return 0;
        }

        var claimed = new List<JournalEntry>(seqs.Length);
        await using (var select = new NpgsqlCommand(
            $"select {EventColumns}, 0::smallint, null::timestamptz, null::text from opshub_ingest_journal j where j.seq = any(@seqs) order by j.seq", connection, tx))
        {
            select.Parameters.AddWithValue("seqs", seqs);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(Read(reader));
            }
        }

        var verdicts = claimed.Count == 0 ? [] : await apply(claimed);
        var decided = verdicts.Where(v => v.State != JournalState.Pending).ToArray();
        if (decided.Length > 0 || claimed.Count < seqs.Length)
        {
            await RecordAsync(connection, tx, claimed, decided, sets, seqs, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return claimed.Count;
    }

    // The pending sets to take numbers from, and the `limit` least pending numbers in order. Sets are read in order of
    // their least number, a few at a time, until the next one starts above the limit-th least number read so far: it
    // and every set after it hold none of the claim.
    private static async Task<(List<PendingSet> Sets, long[] Seqs)> ClaimSeqsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int limit, CancellationToken cancellationToken)
    {
        const int SetsPerRead = 4;
        var sets = new List<PendingSet>();
        var candidates = new List<long>();
        var threshold = long.MaxValue;
        (long MinSeq, long Id) after = (long.MinValue, long.MinValue);
        while (true)
        {
            await using var select = new NpgsqlCommand(
                "select id, min_seq, seqs from opshub_ingest_pending_sets where (min_seq, id) > (@min, @id) order by min_seq, id limit @n", connection, tx);
            select.Parameters.AddWithValue("min", after.MinSeq);
            select.Parameters.AddWithValue("id", after.Id);
            select.Parameters.AddWithValue("n", SetsPerRead);
            var read = 0;
            var done = false;
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    read++;
                    after = (reader.GetInt64(1), reader.GetInt64(0));
                    if (candidates.Count >= limit && after.MinSeq > threshold)
                    {
                        done = true;
                        break;
                    }

                    var set = new PendingSet(after.Id, reader.GetFieldValue<long[]>(2));
                    sets.Add(set);
                    candidates.AddRange(set.Seqs);
                    if (candidates.Count >= limit)
                    {
                        candidates.Sort();
                        candidates.RemoveRange(limit, candidates.Count - limit);
                        threshold = candidates[^1];
                    }
                }
            }

            if (done || read < SetsPerRead)
            {
                break;
            }
        }

        candidates.Sort();
        return (sets, [.. candidates]);
    }

    // One round trip, and the journal's rows untouched (migration 0250): the sets the claim took from replaced by what
    // it left in them and what it did not decide (migration 0270), the applied listed with their instant, the held and
    // the refused parked with their reason, and whatever waited for a dossier whose events were just applied back in
    // the queue as a new set for another try.
    private async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, List<JournalEntry> claimed, JournalVerdict[] decided, List<PendingSet> sets, long[] seqs, CancellationToken cancellationToken)
    {
        var subjects = claimed.ToDictionary(e => e.Seq, e => e.Item.Subject);
        var applied = decided.Where(v => v.State == JournalState.Applied).Select(v => v.Seq).ToArray();
        var parked = decided.Where(v => v.State is JournalState.Held or JournalState.Dead).ToArray();
        var appliedSubjects = applied.Select(seq => subjects[seq]).Distinct(StringComparer.Ordinal).ToArray();

        // Numbers the claim read no journal row for go too: there is nothing to apply.
        var taken = new HashSet<long>(seqs);
        var decidedSeqs = new HashSet<long>(decided.Select(v => v.Seq));
        var rest = new List<long>();
        var group = new List<int>();
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var seq in sets[i].Seqs)
            {
                if (!taken.Contains(seq))
                {
                    rest.Add(seq);
                    group.Add(i);
                }
            }
        }

        foreach (var entry in claimed)
        {
            if (!decidedSeqs.Contains(entry.Seq))
            {
                rest.Add(entry.Seq);
                group.Add(sets.Count);
            }
        }

        await using var batch = new NpgsqlBatch(connection, tx);
        var dequeue = new NpgsqlBatchCommand("delete from opshub_ingest_pending_sets where id = any(@id)");
        dequeue.Parameters.AddWithValue("id", sets.Select(s => s.Id).ToArray());
        batch.BatchCommands.Add(dequeue);

        if (rest.Count > 0)
        {
            var requeue = new NpgsqlBatchCommand(
                "insert into opshub_ingest_pending_sets (min_seq, max_seq, events, seqs) select min(s), max(s), count(*), array_agg(s order by s) from unnest(@seq, @set) as r(s, g) group by g");
            requeue.Parameters.AddWithValue("seq", rest.ToArray());
            requeue.Parameters.AddWithValue("set", group.ToArray());
            batch.BatchCommands.Add(requeue);
        }

        if (applied.Length > 0)
        {
            var done = new NpgsqlBatchCommand("insert into opshub_ingest_applied (seq, applied_at) select s, @now from unnest(@seq) as s on conflict (seq) do nothing");
            done.Parameters.AddWithValue("seq", applied);
            done.Parameters.AddWithValue("now", _time.GetUtcNow().UtcDateTime);
            batch.BatchCommands.Add(done);
        }

        if (parked.Length > 0)
        {
            var park = new NpgsqlBatchCommand("insert into opshub_ingest_parked (seq, subject, state, reason) select * from unnest(@seq, @subject, @state, @reason)");
            park.Parameters.AddWithValue("seq", parked.Select(v => v.Seq).ToArray());
            park.Parameters.AddWithValue("subject", parked.Select(v => subjects[v.Seq]).ToArray());
            park.Parameters.AddWithValue("state", parked.Select(v => (short)v.State).ToArray());
            park.Parameters.Add(new NpgsqlParameter<string?[]>("reason", parked.Select(v => v.Reason).ToArray()));
            batch.BatchCommands.Add(park);
        }

        if (appliedSubjects.Length > 0)
        {
            var release = new NpgsqlBatchCommand(
                $"""
                with released as (delete from opshub_ingest_parked where state = 2 and subject = any(@subjects) returning seq)
                {QueueSet("released")}
                """);
            release.Parameters.AddWithValue("subjects", appliedSubjects);
            batch.BatchCommands.Add(release);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    // Lists the numbers in column seq of `source` as one new pending set (none when it is empty).
    private const string QueueSetFrom = "insert into opshub_ingest_pending_sets (min_seq, max_seq, events, seqs) select min(seq), max(seq), count(*), array_agg(seq order by seq) from ";

    private const string QueueSetEnd = " having count(*) > 0";

    private static string QueueSet(string source) => QueueSetFrom + source + QueueSetEnd;

    public async Task<JournalEntry?> FindAsync(long seq, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand($"select {EventColumns}, j.state, j.applied_at, j.reason from opshub_ingest_events j where j.seq = @seq");
        cmd.Parameters.AddWithValue("seq", seq);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            """
            (select 'journal', j.seq, j.seq, j.source, j.format, j.payload, coalesce(d.reason, ''), j.received_at
             from opshub_ingest_parked d join opshub_ingest_journal j on j.seq = d.seq where d.state = 3)
            union all
            (select 'door', id, null, source, format, payload, reason, received_at from opshub_dead_letters where replayed_at is null)
            order by 8, 2
            limit @limit
            """);
        cmd.Parameters.AddWithValue("limit", limit);
        var result = new List<DeadLetter>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new DeadLetter(
                reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return result;
    }

    public async Task<int> RequeueDeadAsync(IReadOnlyCollection<long>? seqs, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            $"""
            with requeued as (delete from opshub_ingest_parked where state = 3 and (@all or seq = any(@seqs)) returning seq),
            queued as ({QueueSet("requeued")})
            select count(*)::int from requeued
            """);
        cmd.Parameters.AddWithValue("all", seqs is null);
        cmd.Parameters.AddWithValue("seqs", (seqs ?? []).ToArray());
        return (int)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<DeadLetter>> TakeDoorDeadAsync(IReadOnlyCollection<long>? ids, string note, CancellationToken cancellationToken)
    {
        await using var cmd = _db.CreateCommand(
            """
            update opshub_dead_letters set replayed_at = @now, replay_note = @note
            where replayed_at is null and (@all or id = any(@ids))
            returning id, source, format, payload, reason, received_at
            """);
        cmd.Parameters.AddWithValue("all", ids is null);
        cmd.Parameters.AddWithValue("ids", (ids ?? []).ToArray());
        cmd.Parameters.AddWithValue("now", _time.GetUtcNow().UtcDateTime);
        cmd.Parameters.AddWithValue("note", note);
        var result = new List<DeadLetter>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new DeadLetter("door", reader.GetInt64(0), null, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _appends.Writer.TryComplete();
        await Task.WhenAll(_writers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>();
        while (await _appends.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var count = 0;
            while (count < _maxBatch && _appends.Reader.TryRead(out var next))
            {
                batch.Add(next);
                count += next.Items.Count;
            }

            try
            {
                var results = await InsertRetryingDeadlockAsync([.. batch.SelectMany(b => b.Items)]);
                var offset = 0;
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult(results.GetRange(offset, pending.Items.Count));
                    offset += pending.Items.Count;
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(ex);
                }
            }
        }
    }

    // With more than one writer, two batches holding the same events in opposite orders can deadlock on the key's
    // index (each waits for the other's insert of a key to commit); PostgreSQL rolls one back whole, so it is retried,
    // after a random pause that grows with each attempt, so that the two do not meet again in the same step.
    private async Task<List<long?>> InsertRetryingDeadlockAsync(List<JournalItem> items)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InsertAsync(items);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 8)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 << attempt)));
            }
        }
    }

    private async Task<List<long?>> InsertAsync(List<JournalItem> items, NpgsqlConnection? connection = null, NpgsqlTransaction? tx = null)
    {
        // The first item with a key gets the row; any later one with the same key in this batch is a duplicate.
        var keys = items.Select(i => IdempotencyKey(i.Source, i.EventId, i.OccurredAt)).ToArray();
        var firsts = new Dictionary<Guid, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            firsts.TryAdd(keys[i], i);
        }

        int[] kept = firsts.Count == keys.Length ? [] : [.. firsts.Values.Order()];
        var inserted = kept.Length == 0
            ? await InsertUniqueAsync(items, keys, connection, tx)
            : await InsertUniqueAsync([.. kept.Select(i => items[i])], [.. kept.Select(i => keys[i])], connection, tx);

        var result = new List<long?>(items.Count);
        foreach (var key in keys)
        {
            result.Add(inserted.Remove(key, out var seq) ? seq : null);
        }

        return result;
    }

    // Most batches hold no event journaled before, and are inserted plainly: the key's index is then searched once per
    // event, by the insert itself. "on conflict do nothing" searches it twice (a check, then the insert) and writes a
    // confirmation for each row. A batch holding an event journaled before fails whole on the key, inserts nothing, and
    // is inserted again with "on conflict do nothing" (so is one that deadlocked with another holding the same event);
    // the next batches go that way too until the journal has seen none for a while, since a source that sends one
    // duplicate (a retry, a replayed file) tends to send more.
    private async Task<Dictionary<Guid, long>> InsertUniqueAsync(IReadOnlyList<JournalItem> items, Guid[] keys, NpgsqlConnection? connection, NpgsqlTransaction? tx)
    {
        if (connection is null && _time.GetUtcNow().UtcTicks >= Volatile.Read(ref _duplicatesSeenUntilTicks))
        {
            try
            {
                return await RunInsertAsync(PlainInsert, items, keys, null, null);
            }
            // A deadlock between two plain inserts means two batches hold the same event, each waiting for the other's.
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected
                || (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "opshub_ingest_journal_key"))
            {
                Volatile.Write(ref _duplicatesSeenUntilTicks, (_time.GetUtcNow() + DuplicatesRemembered).UtcTicks);
            }
        }

        return await RunInsertAsync(SkippingInsert, items, keys, connection, tx);
    }

    private const string PlainInsert = $"{JournalInsert}{QueueInserted}";

    private const string SkippingInsert = $"{JournalInsert} on conflict (idempotency_key) do nothing{QueueInserted}";

    // The arrays are unnested in the select list, which PostgreSQL walks in step row by row; "from unnest(a, b, ...)"
    // first copies every row into a tuple store (BENCHMARKS.md, run 16: about 1 us per event). The events of one insert
    // are listed as one pending set (migration 0270).
    private const string JournalInsert =
        """
        with journaled as (
            insert into opshub_ingest_journal (idempotency_key, source, event_id, subject, occurred_at, sequence, format, payload, received_at)
            select unnest(@key), unnest(@source), unnest(@event_id), unnest(@subject), unnest(@occurred), unnest(@sequence), unnest(@format), unnest(@payload), @received
        """;

    private const string QueueInserted =
        $"""

            returning seq, idempotency_key),
        queued as ({QueueSetFrom}journaled{QueueSetEnd})
        select seq, idempotency_key from journaled
        """;

    private async Task<Dictionary<Guid, long>> RunInsertAsync(string sql, IReadOnlyList<JournalItem> items, Guid[] keys, NpgsqlConnection? connection, NpgsqlTransaction? tx)
    {
        await using var cmd = connection is null ? _db.CreateCommand(sql) : new NpgsqlCommand(sql, connection, tx);
        cmd.Parameters.AddWithValue("key", keys);
        cmd.Parameters.AddWithValue("source", items.Select(i => i.Source).ToArray());
        cmd.Parameters.AddWithValue("event_id", items.Select(i => i.EventId).ToArray());
        cmd.Parameters.AddWithValue("subject", items.Select(i => i.Subject).ToArray());
        cmd.Parameters.AddWithValue("occurred", items.Select(i => i.OccurredAt.UtcDateTime).ToArray());
        cmd.Parameters.Add(new NpgsqlParameter<long?[]>("sequence", items.Select(i => i.Sequence).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        cmd.Parameters.AddWithValue("format", items.Select(i => i.Format).ToArray());
        cmd.Parameters.AddWithValue("payload", items.Select(i => i.Payload).ToArray());
        cmd.Parameters.AddWithValue("received", _time.GetUtcNow().UtcDateTime);

        var inserted = new Dictionary<Guid, long>(items.Count);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            inserted[reader.GetGuid(1)] = reader.GetInt64(0);
        }

        return inserted;
    }

    /// <summary>
    /// The journal's idempotency key of an event: SHA-256 over the UTF-8 of the source, a zero byte and the UTF-8 of the
    /// event id (migration 0240), read in order as a uuid. For an id the door derived from an id-less event's bytes
    /// ("sha256:" and 64 lowercase hex digits, <see cref="IsDerivedId"/>) the first 6 bytes are instead the event's
    /// instant in milliseconds since 1970 (big-endian), followed by the hash's first 10 bytes (migration 0260): the same
    /// bytes always carry the same instant, so the key is as stable as the id, and keys of events that happen together
    /// sit together in the key's index instead of on random leaves. Otherwise the first 16 bytes of the hash.
    /// </summary>
    internal static Guid IdempotencyKey(string source, string eventId, DateTimeOffset occurredAt)
    {
        var length = Encoding.UTF8.GetByteCount(source) + 1 + Encoding.UTF8.GetByteCount(eventId);
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(source, buffer);
        buffer[written] = 0;
        Encoding.UTF8.GetBytes(eventId, buffer[(written + 1)..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        DoorSha256.Hash(buffer, hash);
        if (!IsDerivedId(eventId))
        {
            return new Guid(hash[..16], bigEndian: true);
        }

        Span<byte> key = stackalloc byte[16];
        var milliseconds = (ulong)Math.Clamp(occurredAt.ToUnixTimeMilliseconds(), 0, MaxKeyMilliseconds);
        for (var i = 0; i < 6; i++)
        {
            key[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        hash[..10].CopyTo(key[6..]);
        return new Guid(key, bigEndian: true);
    }

    // The largest instant 6 bytes hold, in milliseconds since 1970 (the year 10889).
    private const long MaxKeyMilliseconds = (1L << 48) - 1;

    /// <summary>Whether <paramref name="eventId"/> has the form of an id derived from an event's bytes: "sha256:" and 64 lowercase hex digits.</summary>
    internal static bool IsDerivedId(string eventId)
    {
        const string prefix = "sha256:";
        return eventId.Length == prefix.Length + 64
            && eventId.StartsWith(prefix, StringComparison.Ordinal)
            && !eventId.AsSpan(prefix.Length).ContainsAnyExcept(LowerHexDigits);
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static JournalEntry Read(NpgsqlDataReader r) => new(
        r.GetInt64(0),
        new JournalItem(r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.IsDBNull(5) ? null : r.GetInt64(5), r.GetString(6), r.GetString(7)),
        (JournalState)r.GetInt16(9),
        r.GetFieldValue<DateTimeOffset>(8),
        r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10),
        r.IsDBNull(11) ? null : r.GetString(11));

    // A row of opshub_ingest_pending_sets as the applier reads it.
    private sealed record PendingSet(long Id, long[] Seqs);

    private sealed record PendingAppend(IReadOnlyList<JournalItem> Items, TaskCompletionSource<IReadOnlyList<long?>> Done);
}
