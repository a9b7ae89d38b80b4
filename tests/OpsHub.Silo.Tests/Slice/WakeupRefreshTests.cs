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

    /// <summary>The PostgreSQL wake-up table, whose reads can be held at a gate.</summary>
    private sealed class GatedWakeupStore(IWakeupStore inner) : IWakeupStore
    {
        private volatile TaskCompletionSource? _gate;

        /// <summary>Completes when a read reaches the closed gate.</summary>
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _gate?.TrySetResult();

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
