using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Grains.Abstractions.Queues;

namespace OpsHub.Grains.Scheduling;

/// <summary>
/// Fires dossier wake-ups (and one-stop shops' queue wake-ups, whose rows start with <c>queue:</c>) on time. The durable table holds every pending wake-up; each silo keeps only those due
/// within <see cref="WakeupOptions.Horizon"/> in memory, re-reads the table every
/// <see cref="WakeupOptions.RefreshInterval"/>, and sleeps until the earliest. A dossier grain is activated only
/// when it is woken. Waking is idempotent on the grain side, so a wake-up fired twice (two silos, a retry, a
/// restart) raises nothing twice. Reading the table and firing are two loops: a read of tens of thousands of rows on a
/// busy database takes seconds, and the wake-ups already in memory keep firing on time meanwhile.
/// </summary>
internal sealed partial class WakeupScheduler(
    IWakeupStore store,
    IGrainFactory grains,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock,
    IOptions<WakeupOptions> options,
    ILogger<WakeupScheduler> logger) : IWakeupScheduler, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    /// <summary>How far the clock may move while a wait's timer is set before the timer is set again.</summary>
    private static readonly TimeSpan _clockSlack = TimeSpan.FromMilliseconds(50);

    private readonly WakeupOptions _options = options.Value;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _pending = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SemaphoreSlim _refreshSignal = new(0);
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentWakes);
    private DateTimeOffset _horizonEnd = DateTimeOffset.MinValue;
    private int _refreshRequested;
    private CancellationTokenSource? _stopping;
    private Task? _loop;
    private Task? _refreshLoop;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(WakeupScheduler), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    public async Task ScheduleAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await store.UpsertAsync(dossierCode, at, cancellationToken);
        lock (_lock)
        {
            if (at <= _horizonEnd)
            {
                _pending[dossierCode] = at;
                _queue.Enqueue(dossierCode, at);
            }
            else
            {
                _pending.Remove(dossierCode);
            }
        }

        Signal();
    }

    public async Task CancelAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        await store.DeleteAsync(dossierCode, cancellationToken);
        lock (_lock)
        {
            _pending.Remove(dossierCode);
        }
    }

    /// <summary>
    /// Re-reads the table now rather than at the next refresh: another silo died, and the wake-ups it kept in memory
    /// for its own dossiers (scheduled after this silo last read the table) fall to this one.
    /// </summary>
    public void RefreshNow()
    {
        Interlocked.Exchange(ref _refreshRequested, 1);
        Release(_refreshSignal);
    }

    public void Dispose()
    {
        _signal.Dispose();
        _refreshSignal.Dispose();
        _slots.Dispose();
        _stopping?.Dispose();
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = new CancellationTokenSource();
        _refreshLoop = Task.Run(() => RefreshLoopAsync(_stopping.Token), CancellationToken.None);
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _loop is null || _refreshLoop is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_loop, _refreshLoop).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // Let the wake-ups under way finish: every slot back.
        try
        {
            for (var i = 0; i < _options.MaxConcurrentWakes; i++)
            {
                if (!await _slots.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The silo stops without waiting any longer; an unfinished wake-up fires again from the table.
        }
    }

    // Fires what is due from memory; the refresh loop fills it.
    private async Task RunAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                var due = TakeDue(now);
                if (due.Count > 0)
                {
                    await FireAsync(due, token);
                    continue;
                }

                await WaitUntilAsync(_signal, NextWakeAt(now), token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLoopFailed(ex);
                await Task.Delay(_options.RetryDelay, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // Reads the table every RefreshInterval (sooner when a full read was cut off, or when asked to), then wakes the firing loop.
    private async Task RefreshLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                Interlocked.Exchange(ref _refreshRequested, 0);
                var next = await RefreshAsync(now, token);
                Release(_signal);
                if (Volatile.Read(ref _refreshRequested) == 0)
                {
                    await WaitUntilAsync(_refreshSignal, next, token);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogLoopFailed(ex);
                await Task.Delay(_options.RetryDelay, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<DateTimeOffset> RefreshAsync(DateTimeOffset now, CancellationToken token)
    {
        var until = now + _options.Horizon;
        lock (_lock)
        {
            // Wake-ups scheduled from here on up to the new horizon go straight to memory; those scheduled before are in the
            // table, which the read below sees.
            _horizonEnd = until;
        }

        var rows = await store.LoadDueAsync(until, _options.BatchLimit, token);
        var full = rows.Count >= _options.BatchLimit;
        lock (_lock)
        {
            // When the read was cut off, only what it reached is covered in memory.
            if (full)
            {
                _horizonEnd = rows[^1].At;
            }

            foreach (var row in rows)
            {
                if (!_pending.TryGetValue(row.DossierCode, out var known) || known != row.At)
                {
                    _pending[row.DossierCode] = row.At;
                    _queue.Enqueue(row.DossierCode, row.At);
                }
            }
        }

        LogRefreshed(rows.Count, until);
        var next = now + _options.RefreshInterval;
        return full && rows[^1].At < next ? rows[^1].At : next;
    }

    private List<Wakeup> TakeDue(DateTimeOffset now)
    {
        var due = new List<Wakeup>();
        lock (_lock)
        {
            while (_queue.TryPeek(out var code, out var at) && at <= now)
            {
                _queue.Dequeue();
                if (_pending.TryGetValue(code, out var current) && current == at)
                {
                    _pending.Remove(code);
                    due.Add(new Wakeup(code, at));
                }
            }
        }

        return due;
    }

    // Each wake-up starts as soon as a slot is free, without waiting for the others taken with it: firing them in
    // groups made every wake-up of a group wait for the group's slowest, and those coming due meanwhile for all of them.
    private async Task FireAsync(List<Wakeup> due, CancellationToken token)
    {
        foreach (var wakeup in due)
        {
            await _slots.WaitAsync(token);
            _ = WakeOneAsync(wakeup);
        }
    }

    private async Task WakeOneAsync(Wakeup wakeup)
    {
        try
        {
            if (wakeup.DossierCode.StartsWith(Queues.QueueGrain.WakeupPrefix, StringComparison.Ordinal))
            {
                await grains.GetGrain<IQueueGrain>(wakeup.DossierCode[Queues.QueueGrain.WakeupPrefix.Length..]).WakeAsync();
            }
            else
            {
                await grains.GetGrain<IDossierGrain>(wakeup.DossierCode).WakeAsync();
            }
        }
        catch (Exception ex)
        {
            LogWakeFailed(ex, wakeup.DossierCode);
            var retryAt = clock.GetUtcNow() + _options.RetryDelay;
            lock (_lock)
            {
                if (!_pending.ContainsKey(wakeup.DossierCode))
                {
                    _pending[wakeup.DossierCode] = retryAt;
                    _queue.Enqueue(wakeup.DossierCode, retryAt);
                }
            }

            Signal();
        }
        finally
        {
            _slots.Release();
        }
    }

    // The earliest wake-up in memory; with none, a refresh interval away (the refresh loop or a new wake-up signals sooner).
    private DateTimeOffset NextWakeAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _queue.TryPeek(out _, out var at) ? at : now + _options.RefreshInterval;
        }
    }

    /// <summary>
    /// Waits for <paramref name="signal"/> or until the clock reaches <paramref name="until"/>. The wait is set against
    /// the clock as it reads when the timer starts: a read of the table that outlasted its interval, or a clock set
    /// forward meanwhile (a test's), ends it at once rather than a whole delay after the clock moved. A timer set
    /// while the clock jumped is set again. Returns only once the wait for the signal has settled, so that no signal
    /// goes to a wait already given up.
    /// </summary>
    private async Task WaitUntilAsync(SemaphoreSlim signal, DateTimeOffset until, CancellationToken token)
    {
        while (true)
        {
            var before = clock.GetUtcNow();
            if (before >= until)
            {
                return;
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(token);
            var delayed = Task.Delay(until - before, clock, wake.Token);
            if (clock.GetUtcNow() - before > _clockSlack)
            {
                await wake.CancelAsync();
                continue;
            }

            var signalled = signal.WaitAsync(wake.Token);
            await Task.WhenAny(delayed, signalled);
            await wake.CancelAsync();

            // A cancelled wait stays in the semaphore's queue, ahead of any later one, until its own continuation takes
            // it out, later, on the thread pool; a Release meanwhile (the refresh loop's, after the read that the same
            // clock move started, or a new wake-up's) goes to it. Returning before that let the caller look at memory
            // too early and wait again behind it: the signal was lost, and a due wake-up sat in memory until the next
            // timer, or, on a clock that jumped to it (a test's), until the clock moved again. Once the wait has
            // settled, acquired or cancelled, whatever released it is in memory for the caller's next look.
            await signalled.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            token.ThrowIfCancellationRequested();
            return;
        }
    }

    private void Signal() => Release(_signal);

    private static void Release(SemaphoreSlim signal)
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Wake-up table read: {Count} due until {Until}")]
    private partial void LogRefreshed(int count, DateTimeOffset until);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Waking dossier {DossierCode} failed; retrying")]
    private partial void LogWakeFailed(Exception exception, string dossierCode);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Wake-up loop failed; retrying")]
    private partial void LogLoopFailed(Exception exception);
}
