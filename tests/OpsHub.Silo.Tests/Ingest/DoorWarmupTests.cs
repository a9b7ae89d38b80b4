using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpsHub.Ingest;
using OpsHub.Ingest.Journal;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Ingest;

/// <summary>
/// A silo takes a sample body through its door before the HTTP server opens (BENCHMARKS.md, run 10): the journal's
/// real insert runs, and nothing of it is kept.
/// </summary>
public sealed class DoorWarmupTests(PostgresServerFixture postgres)
{
    // The warm-up's clock, so that its sample is byte for byte the one sent for real afterwards.
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-24T09:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture);

    // The journal's sequence is not rolled back with an insert: the last number drawn, or null when none was.
    internal const string LastJournalNumber =
        "select last_value from pg_sequences where format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('opshub_ingest_journal', 'seq')";

    [Fact]
    public async Task WarmingUpRunsTheJournalsInsertAndKeepsNothing()
    {
        var token = TestContext.Current.CancellationToken;
        await using var door = await Door.StartAsync(await postgres.CreateDatabaseAsync("doorwarmup", token), new JournalOptions());

        door.Log.Entries.ShouldContain(e => e.Level == LogLevel.Information && e.Message.Contains("warmed up", StringComparison.Ordinal));
        (await ScalarAsync<long>(door.Db, "select count(*) from opshub_ingest_journal")).ShouldBe(0);
        (await ScalarAsync<long>(door.Db, "select count(*) from opshub_ingest_pending")).ShouldBe(0);
        (await ScalarAsync<long>(door.Db, "select count(*) from opshub_dead_letters")).ShouldBe(0);

        // The inserts ran: sequences are not rolled back, and every sample event drew its number, twice on two connections.
        var drawn = await ScalarAsync<long>(door.Db, LastJournalNumber);
        drawn.ShouldBe(4L * DoorWarmup.SampleEvents);
        door.Signal.IntakeActive.ShouldBeFalse("a warm-up is not intake: the applier keeps its full parallelism");

        // Nothing kept means nothing to collide with: the same body sent for real is journaled in full, after those numbers.
        var summary = await door.Bulk.SubmitAsync("ndjson", OpsHub.Ingest.Bulk.NdjsonReader.ReadAsync(new MemoryStream(DoorWarmup.Sample(At)), cancellationToken: token), null, token);
        summary.Accepted.ShouldBe(DoorWarmup.SampleEvents);
        (await ScalarAsync<long>(door.Db, "select min(seq) from opshub_ingest_journal")).ShouldBeGreaterThan(drawn);
    }

    [Fact]
    public async Task AWarmUpThatCannotReachTheDatabaseIsLoggedAndDoesNotStopTheStart()
    {
        // Nothing listens on port 1 of the loopback.
        await using var door = await Door.StartAsync("Host=127.0.0.1;Port=1;Username=nobody;Password=dev-only;Timeout=2", new JournalOptions());

        door.Log.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Exception is NpgsqlException);
    }

    [Fact]
    public async Task TurnedOffItTouchesNothing()
    {
        await using var door = await Door.StartAsync(
            await postgres.CreateDatabaseAsync("doorwarmupoff", TestContext.Current.CancellationToken), new JournalOptions { WarmUpDoor = false });

        door.Log.Entries.ShouldBeEmpty();
        (await ScalarAsync<long?>(door.Db, LastJournalNumber)).ShouldBeNull();
    }

    [Fact]
    public void TheWarmUpStartsBeforeTheApplierAndTheHttpServer()
    {
        // The host starts hosted services in the order they were added, and the web server after all of them.
        var hosted = new ServiceCollection().AddIngest()
            .Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType).ToList();
        hosted.ShouldContain(typeof(DoorWarmup));
        hosted.IndexOf(typeof(DoorWarmup)).ShouldBeLessThan(hosted.IndexOf(typeof(JournalApplier)));
    }

    [Fact]
    public async Task TheSampleIsReadAsTheNdjsonDoorReadsItWithAndWithoutIds()
    {
        var results = await OpsHub.Ingest.Bulk.NdjsonReader.ReadAsync(new MemoryStream(DoorWarmup.Sample(At)), cancellationToken: TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        results.Count.ShouldBe(DoorWarmup.SampleEvents);
        var envelopes = results.OfType<OpsHub.Ingest.Envelopes.ItemAccepted>().SelectMany(a => a.Envelopes).ToList();
        envelopes.Count.ShouldBe(DoorWarmup.SampleEvents, "every sample line is an event the door accepts");
        envelopes.Count(e => e.Id.StartsWith("warmup-", StringComparison.Ordinal)).ShouldBe(DoorWarmup.SampleEvents / 2);
        envelopes.Count(e => e.Id.StartsWith("sha256:", StringComparison.Ordinal)).ShouldBe(DoorWarmup.SampleEvents / 2);
    }

    internal static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken) is T value ? value : default!;
    }

    // A journal on the database, the door and bulk intake in front of it, and a warm-up of them that has run.
    private sealed class Door : IAsyncDisposable
    {
        private readonly PostgresEventJournal _journal;

        private Door(string connectionString, JournalOptions options)
        {
            Db = NpgsqlDataSource.Create(connectionString);
            _journal = new PostgresEventJournal(Db, TimeProvider.System, Options.Create(options));
            Bulk = new BulkIntake(new IngestDoor(_journal, Signal));
        }

        public NpgsqlDataSource Db { get; }

        public JournalSignal Signal { get; } = new();

        public BulkIntake Bulk { get; }

        public RecordingLogger<DoorWarmup> Log { get; } = new();

        public static async Task<Door> StartAsync(string connectionString, JournalOptions options)
        {
            var door = new Door(connectionString, options);
            await new DoorWarmup(door.Bulk, new FakeTimeProvider(At), Options.Create(options), door.Log).StartAsync(TestContext.Current.CancellationToken);
            return door;
        }

        public async ValueTask DisposeAsync()
        {
            await _journal.DisposeAsync();
            await Db.DisposeAsync();
            Signal.Dispose();
        }
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }
}
