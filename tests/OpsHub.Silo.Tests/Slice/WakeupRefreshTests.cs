using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Scheduling;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// A slow read of the wake-up table (tens of thousands of rows on a busy database) must not hold back the wake-ups
/// the silo already holds in memory: the benchmark's alert lateness showed the stalls (BENCHMARKS.md, run 7).
/// </summary>
public sealed class WakeupRefreshTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task AWakeupInMemoryFiresOnTimeWhileTheTableIsBeingRead()
    {
        var database = await postgres.CreateDatabaseAsync("wakeup-refresh", TestContext.Current.CancellationToken);
        GatedWakeupStore? gated = null;
        await using var server = new OpsHubServer(database, new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")))
        {
            TestServices = services => services.AddSingleton<IWakeupStore>(sp => gated = new GatedWakeupStore(ActivatorUtilities.CreateInstance<PostgresWakeupStore>(sp))),
        };
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        // 0.005 working days of eight hours: due 2 min 24 s after Friday 15:00, inside the first read's horizon.
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 0.005m))).EnsureSuccessStatusCode();
        var dueAt = (await SlaSliceTests.GetDossierAsync(client, code)).DueAt;
        dueAt.ShouldBe(Events.At("2026-11-20T15:02:24+07:00"));
        gated.ShouldNotBeNull();

        // The next read (a minute after the first) starts and does not finish.
        gated.Close();
        server.Clock.SetUtcNow(Events.At("2026-11-20T15:01:10+07:00"));
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        server.Clock.SetUtcNow(dueAt + TimeSpan.FromSeconds(1));
        var kinds = await Eventually.GetAsync(
            () => SlaSliceTests.KindsAsync(client, code), k => k.Contains(AlertKind.DossierOverdue), TimeSpan.FromSeconds(10), "overdue while the read is held");

        kinds.ShouldContain(AlertKind.DossierOverdue);
        gated.Entered.Task.IsCompleted.ShouldBeTrue();
        gated.Open();
    }

    [Fact]
    public async Task AWakeupInTheTableFiresWhenTheClockPassedItDuringARead()
    {
        var database = await postgres.CreateDatabaseAsync("wakeup-long-read", TestContext.Current.CancellationToken);
        GatedWakeupStore? gated = null;
        await using var server = new OpsHubServer(database, new FakeTimeProvider(Events.At("2026-11-20T15:00:05+07:00")))
        {
            // The silo's first read of the table is held from the start.
            TestServices = services => services.AddSingleton<IWakeupStore>(sp =>
            {
                gated = new GatedWakeupStore(ActivatorUtilities.CreateInstance<PostgresWakeupStore>(sp));
                gated.Close();
                return gated;
            }),
        };
        using var client = server.CreateClient();
        var code = Events.NewDossierCode();

        // Two working days: every threshold lies beyond the held read's horizon, so only the table has its wake-up.
        (await Events.PostAsync(client, Events.Received(code, "2026-11-20T15:00:00+07:00", 2))).EnsureSuccessStatusCode();
        var dueAt = (await SlaSliceTests.GetDossierAsync(client, code)).DueAt;
        gated.ShouldNotBeNull();
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // The clock passes the deadline, and the next read's time, while the read is held; then the read returns.
        server.Clock.SetUtcNow(dueAt + TimeSpan.FromSeconds(1));
        gated.Open();
        var kinds = await Eventually.GetAsync(
            () => SlaSliceTests.KindsAsync(client, code), k => k.Contains(AlertKind.DossierOverdue), TimeSpan.FromSeconds(10), "overdue with the clock left where it is");

        kinds.ShouldContain(AlertKind.DossierOverdue);
    }

    /// <summary>The PostgreSQL wake-up table, whose reads can be held at a gate.</summary>
    private sealed class GatedWakeupStore(IWakeupStore inner) : IWakeupStore
    {
        private volatile TaskCompletionSource? _gate;

        /// <summary>Completes when a read reaches the closed gate.</summary>
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Lets every held read through, and every later one.</summary>
        public void Open()
        {
            var gate = _gate;
            _gate = null;
            gate?.TrySetResult();
        }

        public async Task<IReadOnlyList<Wakeup>> LoadDueAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
        {
            if (_gate is { } gate)
            {
                Entered.TrySetResult();
                await gate.Task.WaitAsync(cancellationToken);
            }

            return await inner.LoadDueAsync(until, limit, cancellationToken);
        }

        public Task UpsertAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            inner.UpsertAsync(dossierCode, at, cancellationToken);

        public Task DeleteAsync(string dossierCode, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(dossierCode, cancellationToken);

        public Task DeleteIfAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            inner.DeleteIfAsync(dossierCode, at, cancellationToken);
    }
}
