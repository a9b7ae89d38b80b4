using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Journal;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>While a door is taking events in, the applier applies fewer dossiers at once; afterwards it goes back to full width.</summary>
public sealed class ApplierPrecedenceTests(PostgresServerFixture postgres)
{
    private const int Dossiers = 300;

    [Fact]
    public async Task AppliesAtMostTheIngestingWidthAtOnceWhileADoorIsBusyAndTheFullWidthAfter()
    {
        var options = Options.Create(new JournalOptions { ApplyBatch = Dossiers, ApplyParallelism = 16, ApplyParallelismWhileIngesting = 2, IdlePoll = TimeSpan.FromMilliseconds(50) });
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("precedence", TestContext.Current.CancellationToken));
        await using var journal = new PostgresEventJournal(db, TimeProvider.System, options);
        using var signal = new JournalSignal();
        var sink = new WidthRecordingSink();
        var at = DateTimeOffset.Parse("2026-11-20T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        var items = Enumerable.Range(0, Dossiers).Select(i =>
        {
            var receipt = new DossierReceived($"PRE-{i:D4}", at, "P", "U", 2);
            return new JournalItem("test", $"e{i}", receipt.DossierCode, at, null, JournalFormats.OpsHub, EventJson.Write(receipt));
        }).ToList();
        (await journal.AppendAsync(items, TestContext.Current.CancellationToken)).ShouldAllBe(seq => seq != null);
        var applier = new JournalApplier(journal, sink, signal, TimeProvider.System, options, NullLogger<JournalApplier>.Instance);

        signal.IntakeStarted();
        await applier.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await Eventually.GetAsync(() => Task.FromResult(sink.Applied), n => n >= 30, TimeSpan.FromSeconds(20), "30 dossiers applied while the door is busy");
            var busyWidth = sink.TakeWidest();
            signal.IntakeEnded();
            await Eventually.GetAsync(() => Task.FromResult(sink.Applied), n => n == Dossiers, TimeSpan.FromSeconds(30), "every dossier applied");

            busyWidth.ShouldBeInRange(1, 2);
            sink.TakeWidest().ShouldBeGreaterThan(2, "a second after the door's last submission the applier uses its full width");
        }
        finally
        {
            await applier.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task WhileADoorIsBusyTheApplierRestsSoThatItWorksAtMostItsShareOfTheTime()
    {
        // Each dossier takes 20 ms of the (fake) clock; at a share of 0.25 the lane then rests 60 ms before the next.
        var options = Options.Create(new JournalOptions
        {
            ApplyBatch = 20, ApplyParallelism = 8, ApplyParallelismWhileIngesting = 1, ApplyShareWhileIngesting = 0.25, IdlePoll = TimeSpan.FromMilliseconds(50),
        });
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("share", TestContext.Current.CancellationToken));
        await using var journal = new PostgresEventJournal(db, time, options);
        using var signal = new JournalSignal(time);
        var sink = new ClockedSink(time, TimeSpan.FromMilliseconds(20));
        var items = Enumerable.Range(0, 20).Select(i =>
        {
            var receipt = new DossierReceived($"SHARE-{i:D2}", time.GetUtcNow(), "P", "U", 2);
            return new JournalItem("test", $"s{i}", receipt.DossierCode, time.GetUtcNow(), null, JournalFormats.OpsHub, EventJson.Write(receipt));
        }).ToList();
        (await journal.AppendAsync(items, TestContext.Current.CancellationToken)).ShouldAllBe(seq => seq != null);
        var applier = new JournalApplier(journal, sink, signal, time, options, NullLogger<JournalApplier>.Instance);

        signal.IntakeStarted();
        await applier.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            // The clock moves 5 ms at a time, slowly enough for each dossier's rest to start before the next step.
            for (var step = 0; step < 2_000 && sink.Starts.Count < 6; step++)
            {
                await Task.Delay(2, TestContext.Current.CancellationToken);
                time.Advance(TimeSpan.FromMilliseconds(5));
            }

            var starts = sink.Starts.ToArray();
            starts.Length.ShouldBeGreaterThanOrEqualTo(6, "dossiers are applied while the door is busy, only more slowly");
            var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).ToArray();
            gaps.ShouldAllBe(gap => gap >= TimeSpan.FromMilliseconds(80), $"20 ms of work and 60 ms of rest between starts; gaps: {string.Join(", ", gaps.Select(g => g.TotalMilliseconds))} ms");

            // With the door quiet for its second of hold (on the same clock) the rests are over: a dossier that started
            // before that still ends its rest, then the clock stands still and the others are applied.
            signal.IntakeEnded();
            for (var step = 0; step < 15; step++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
                time.Advance(TimeSpan.FromMilliseconds(100));
            }

            signal.IntakeActive.ShouldBeFalse();
            var applied = sink.Starts.Count;
            await Eventually.GetAsync(() => Task.FromResult(sink.Starts.Count), n => n == items.Count, TimeSpan.FromSeconds(30), $"every dossier applied with the clock standing still ({applied} had been before it stopped)");
        }
        finally
        {
            await applier.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task WhileADoorIsBusyTheApplierClaimsAtMostAHundredEventsAtATimeAndItsWholeBatchAfter()
    {
        var options = Options.Create(new JournalOptions { ApplyBatch = 2_000, ApplyShareWhileIngesting = 1, IdlePoll = TimeSpan.FromMilliseconds(50) });
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync("claims", TestContext.Current.CancellationToken));
        await using var inner = new PostgresEventJournal(db, TimeProvider.System, options);
        var journal = new ClaimRecordingJournal(inner);
        using var signal = new JournalSignal();
        var at = DateTimeOffset.Parse("2026-11-20T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);
        List<JournalItem> Receipts(string prefix) => [.. Enumerable.Range(0, 250).Select(i =>
        {
            var receipt = new DossierReceived($"{prefix}-{i:D4}", at, "P", "U", 2);
            return new JournalItem("test", $"{prefix}{i}", receipt.DossierCode, at, null, JournalFormats.OpsHub, EventJson.Write(receipt));
        })];
        var sink = new ClockedSink(new FakeTimeProvider(at), TimeSpan.Zero);
        (await journal.AppendAsync(Receipts("BUSY"), TestContext.Current.CancellationToken)).ShouldAllBe(seq => seq != null);
        var applier = new JournalApplier(journal, sink, signal, TimeProvider.System, options, NullLogger<JournalApplier>.Instance);

        signal.IntakeStarted();
        await applier.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await Eventually.GetAsync(() => Task.FromResult(sink.Starts.Count), n => n == 250, TimeSpan.FromSeconds(30), "the first 250 applied while the door is busy");
            var busy = journal.Claims.ToArray();
            signal.IntakeEnded();
            await Eventually.GetAsync(() => Task.FromResult(signal.IntakeActive), active => !active, TimeSpan.FromSeconds(5), "the door's second of hold over");
            journal.Claims.Clear();
            (await journal.AppendAsync(Receipts("QUIET"), TestContext.Current.CancellationToken)).ShouldAllBe(seq => seq != null);
            await Eventually.GetAsync(() => Task.FromResult(sink.Starts.Count), n => n == 500, TimeSpan.FromSeconds(30), "the next 250 applied with the door quiet");

            busy.ShouldAllBe(claimed => claimed <= 100, $"claims while busy: {string.Join(", ", busy)}");
            busy.Sum().ShouldBe(250);
            journal.Claims.ShouldContain(250, $"with the door quiet the 250 are one claim; claims: {string.Join(", ", journal.Claims)}");
        }
        finally
        {
            await applier.StopAsync(CancellationToken.None);
        }
    }

    // The journal, recording how many events each claim handed the applier.
    private sealed class ClaimRecordingJournal(IEventJournal inner) : IEventJournal
    {
        public System.Collections.Concurrent.ConcurrentQueue<int> Claims { get; } = new();

        public Task<int> ApplyPendingAsync(int limit, Func<IReadOnlyList<JournalEntry>, Task<IReadOnlyList<JournalVerdict>>> apply, CancellationToken cancellationToken) =>
            inner.ApplyPendingAsync(limit, entries =>
            {
                Claims.Enqueue(entries.Count);
                return apply(entries);
            }, cancellationToken);

        public Task<IReadOnlyList<long?>> AppendAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken) => inner.AppendAsync(items, cancellationToken);

        public Task WarmUpAsync(IReadOnlyList<JournalItem> items, CancellationToken cancellationToken) => inner.WarmUpAsync(items, cancellationToken);

        public Task RecordRejectedAsync(IReadOnlyList<RejectedItem> items, CancellationToken cancellationToken) => inner.RecordRejectedAsync(items, cancellationToken);

        public Task<JournalEntry?> FindAsync(long seq, CancellationToken cancellationToken) => inner.FindAsync(seq, cancellationToken);

        public Task<IReadOnlyList<DeadLetter>> ListDeadAsync(int limit, CancellationToken cancellationToken) => inner.ListDeadAsync(limit, cancellationToken);

        public Task<int> RequeueDeadAsync(IReadOnlyCollection<long>? seqs, CancellationToken cancellationToken) => inner.RequeueDeadAsync(seqs, cancellationToken);

        public Task<IReadOnlyList<DeadLetter>> TakeDoorDeadAsync(IReadOnlyCollection<long>? ids, string note, CancellationToken cancellationToken) =>
            inner.TakeDoorDeadAsync(ids, note, cancellationToken);
    }

    // Each event moves the clock by the time it "takes" and records the clock when it started.
    private sealed class ClockedSink(FakeTimeProvider time, TimeSpan takes) : IIngestSink
    {
        public System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset> Starts { get; } = new();

        public Task<SinkResult> AcceptAsync(IngestRecord record, long journalSeq, CancellationToken cancellationToken)
        {
            Starts.Enqueue(time.GetUtcNow());
            time.Advance(takes);
            return Task.FromResult(SinkResult.Applied);
        }
    }

    // Holds each event a while and records how many it held at once.
    private sealed class WidthRecordingSink : IIngestSink
    {
        private int _current;
        private int _widest;
        private int _applied;

        public int Applied => Volatile.Read(ref _applied);

        public int TakeWidest() => Interlocked.Exchange(ref _widest, 0);

        public async Task<SinkResult> AcceptAsync(IngestRecord record, long journalSeq, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _widest)) && Interlocked.CompareExchange(ref _widest, now, seen) != seen)
            {
            }

            await Task.Delay(25, cancellationToken);
            Interlocked.Decrement(ref _current);
            Interlocked.Increment(ref _applied);
            return SinkResult.Applied;
        }
    }
}
