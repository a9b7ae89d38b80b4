using System.Reflection;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Scheduling;

namespace OpsHub.Silo.Tests.Slice;

/// <summary>
/// The wake-up scheduler alone: a fake clock, the table in memory and grains that only note that they were woken. Its two
/// loops race on every clock move; a whole server meets the losing order only now and then, on a loaded machine.
/// </summary>
public sealed class WakeupSchedulerTests
{
    private const int Rounds = 100;

    [Fact]
    public async Task AWakeupReadWhenTheClockJumpsToItFiresWithoutTheClockMovingAgain()
    {
        var token = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(7)));
        var store = new MemoryWakeupStore();
        var woken = Channel.CreateUnbounded<string>();
        using var scheduler = new WakeupScheduler(
            store, WakingGrains.Create(store, woken.Writer), clock, Options.Create(new WakeupOptions()), NullLogger<WakeupScheduler>.Instance);
        var lifecycle = new Lifecycle();
        scheduler.Participate(lifecycle);
        await lifecycle.StartAsync(token);
        try
        {
            // Each round as the alert tests go: a wake-up beyond the horizon (in the table only), then the clock set
            // straight to it. That one move ends both loops' waits by their timers; the refresh loop reads the wake-up and
            // signals the firing loop, which by then may have looked at memory and be waiting again. Nothing but that
            // signal fires the wake-up until the clock moves again, which it does not. The losing order depends on the
            // thread pool, so it takes rounds: with the signal going to the wait just given up, one in a few lost it.
            for (var round = 0; round < Rounds; round++)
            {
                var code = $"D-{round}";
                var at = clock.GetUtcNow() + TimeSpan.FromHours(1);
                await scheduler.ScheduleAsync(code, at, token);

                // The firing loop, signalled by the new wake-up, goes back to waiting on its timer.
                await Task.Delay(TimeSpan.FromMilliseconds(5), token);
                clock.SetUtcNow(at);
                (await NextWokenAsync(woken.Reader, token)).ShouldBe(code, $"round {round}");
            }
        }
        finally
        {
            await lifecycle.StopAsync(token);
        }
    }

    private static async Task<string> NextWokenAsync(ChannelReader<string> woken, CancellationToken token)
    {
        try
        {
            return await woken.ReadAsync(token).AsTask().WaitAsync(TimeSpan.FromSeconds(5), token);
        }
        catch (TimeoutException)
        {
            return "nothing woken within 5 s";
        }
    }

    /// <summary>The wake-up table in memory; a read returns at once.</summary>
    private sealed class MemoryWakeupStore : IWakeupStore
    {
        private readonly Dictionary<string, DateTimeOffset> _rows = new(StringComparer.Ordinal);

        public Task UpsertAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default)
        {
            lock (_rows)
            {
                _rows[dossierCode] = at;
            }

            return Task.CompletedTask;
        }

        public Task DeleteAsync(string dossierCode, CancellationToken cancellationToken = default)
        {
            lock (_rows)
            {
                _rows.Remove(dossierCode);
            }

            return Task.CompletedTask;
        }

        public Task DeleteIfAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default)
        {
            lock (_rows)
            {
                if (_rows.TryGetValue(dossierCode, out var current) && current == at)
                {
                    _rows.Remove(dossierCode);
                }
            }

            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<Wakeup>> LoadDueAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
        {
            lock (_rows)
            {
                return Task.FromResult<IReadOnlyList<Wakeup>>(
                    [.. _rows.Where(r => r.Value <= until).OrderBy(r => r.Value).Take(limit).Select(r => new Wakeup(r.Key, r.Value))]);
            }
        }
    }

    /// <summary>
    /// Grains whose <c>WakeAsync</c> deletes their wake-up (as a woken dossier moves or cancels its own) and reports
    /// their key; nothing else of them is called.
    /// </summary>
    public class WakingGrains : DispatchProxy
    {
        private MemoryWakeupStore? _store;
        private ChannelWriter<string>? _woken;
        private string? _key;

        public static IGrainFactory Create(IWakeupStore store, ChannelWriter<string> woken)
        {
            var factory = DispatchProxy.Create<IGrainFactory, WakingGrains>();
            var self = (WakingGrains)(object)factory;
            self._store = (MemoryWakeupStore)store;
            self._woken = woken;
            return factory;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var key = args is [string first, ..] ? first : null;
            if (targetMethod?.Name == nameof(IGrainFactory.GetGrain) && targetMethod.ReturnType == typeof(IDossierGrain) && key is not null)
            {
                var grain = DispatchProxy.Create<IDossierGrain, WakingGrains>();
                var proxy = (WakingGrains)(object)grain;
                (proxy._store, proxy._woken, proxy._key) = (_store, _woken, key);
                return grain;
            }

            if (targetMethod?.Name == nameof(IDossierGrain.WakeAsync) && _key is not null)
            {
                _store!.DeleteAsync(_key);
                _woken!.TryWrite(_key);
                return Task.CompletedTask;
            }

            throw new NotSupportedException($"{targetMethod?.DeclaringType?.Name}.{targetMethod?.Name} is not part of this test.");
        }
    }

    /// <summary>The silo's lifecycle, reduced to starting and stopping its observers in order.</summary>
    private sealed class Lifecycle : ISiloLifecycle
    {
        private readonly List<ILifecycleObserver> _observers = [];

        public int HighestCompletedStage { get; private set; } = ServiceLifecycleStage.First;

        public int LowestStoppedStage { get; private set; } = ServiceLifecycleStage.Last;

        public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
        {
            _observers.Add(observer);
            return new Unsubscriber();
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var observer in _observers)
            {
                await observer.OnStart(cancellationToken);
            }

            HighestCompletedStage = ServiceLifecycleStage.Active;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            foreach (var observer in _observers)
            {
                await observer.OnStop(cancellationToken);
            }

            LowestStoppedStage = ServiceLifecycleStage.First;
        }

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
