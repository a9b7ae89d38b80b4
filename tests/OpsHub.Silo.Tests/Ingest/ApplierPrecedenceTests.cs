using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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
