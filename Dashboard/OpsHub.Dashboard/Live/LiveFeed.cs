using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpsHub.Dashboard.Live;

/// <summary>
/// The dashboard's one view of a kind of grain's live figures (units, queues). It observes each grain some screen
/// shows (renewing the subscription so it survives grain moves and silo restarts), coalesces bursts to at most one
/// push per grain per <see cref="MinInterval"/>, and fans each push out to SignalR clients and in-process
/// components. Works the same co-hosted in a silo or in a separate Orleans client process.
/// </summary>
/// <typeparam name="TSnapshot">What the grain pushes.</typeparam>
public abstract class LiveFeed<TSnapshot> : IAsyncDisposable
    where TSnapshot : class
{
    /// <summary>At most one push per grain per this interval.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Channel> _channels = new(StringComparer.Ordinal);
    private readonly ITimer _renewal;

    protected LiveFeed(TimeProvider time, ILogger logger)
    {
        Time = time;
        Logger = logger;
        _renewal = time.CreateTimer(_ => _ = RenewAllAsync(), null, RenewEvery, RenewEvery);
    }

    protected TimeProvider Time { get; }

    protected ILogger Logger { get; }

    /// <summary>The figures now, straight from the grain.</summary>
    public abstract Task<TSnapshot> CurrentAsync(string key);

    /// <summary>Calls <paramref name="onChange"/> with each (coalesced) change until disposed.</summary>
    public async Task<IDisposable> SubscribeAsync(string key, Func<TSnapshot, Task> onChange)
    {
        var channel = await ObserveAsync(key);
        return channel.Add(onChange);
    }

    /// <summary>Makes sure the grain is observed, so its SignalR group receives pushes.</summary>
    public async Task EnsureObservedAsync(string key) => await ObserveAsync(key);

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync();
        foreach (var key in _channels.Keys)
        {
            try
            {
                await UnsubscribeGrainAsync(key);
            }
            catch (Exception ex)
            {
                Logger.UnsubscribeFailed(ex, key);
            }
        }

        ReleaseObserver();
        GC.SuppressFinalize(this);
    }

    /// <summary>Subscribes this feed's observer to the grain.</summary>
    protected abstract Task SubscribeGrainAsync(string key);

    protected abstract Task UnsubscribeGrainAsync(string key);

    /// <summary>Deletes this feed's observer reference, if it made one.</summary>
    protected abstract void ReleaseObserver();

    /// <summary>Sends the snapshot to the SignalR clients watching it.</summary>
    protected abstract Task PushToClientsAsync(TSnapshot snapshot);

    protected abstract string KeyOf(TSnapshot snapshot);

    protected abstract long VersionOf(TSnapshot snapshot);

    /// <summary>Called by the grain through the observer: queue the change for the next push.</summary>
    protected void Offer(TSnapshot snapshot)
    {
        if (_channels.TryGetValue(KeyOf(snapshot), out var channel))
        {
            channel.Offer(snapshot);
        }
    }

    private async Task<Channel> ObserveAsync(string key)
    {
        var created = false;
        var channel = _channels.GetOrAdd(key, k =>
        {
            created = true;
            return new Channel(this);
        });
        if (created)
        {
            await SubscribeGrainAsync(key);
        }

        return channel;
    }

    private async Task RenewAllAsync()
    {
        foreach (var (key, channel) in _channels)
        {
            try
            {
                await SubscribeGrainAsync(key);

                // A restart may have dropped changes while nobody observed: resend what the grain has now.
                channel.Offer(await CurrentAsync(key));
            }
            catch (Exception ex)
            {
                Logger.RenewFailed(ex, key);
            }
        }
    }

    private async Task PushAsync(TSnapshot snapshot, IReadOnlyCollection<Func<TSnapshot, Task>> handlers)
    {
        try
        {
            await PushToClientsAsync(snapshot);
        }
        catch (Exception ex)
        {
            Logger.PushFailed(ex, KeyOf(snapshot));
        }

        foreach (var handler in handlers)
        {
            try
            {
                await handler(snapshot);
            }
            catch (Exception ex)
            {
                Logger.PushFailed(ex, KeyOf(snapshot));
            }
        }
    }

    /// <summary>One grain's latest figures and the screens that show them, with the coalescing state.</summary>
    private sealed class Channel(LiveFeed<TSnapshot> feed)
    {
        private readonly Lock _lock = new();
        private readonly List<Func<TSnapshot, Task>> _handlers = [];
        private TSnapshot? _latest;
        private DateTimeOffset _lastPush = DateTimeOffset.MinValue;
        private bool _flushPending;

        public IDisposable Add(Func<TSnapshot, Task> handler)
        {
            lock (_lock)
            {
                _handlers.Add(handler);
            }

            return new Subscription(this, handler);
        }

        public void Offer(TSnapshot snapshot)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (_latest is not null && feed.VersionOf(snapshot) < feed.VersionOf(_latest))
                {
                    return;
                }

                _latest = snapshot;
                if (_flushPending)
                {
                    return;
                }

                _flushPending = true;
                var earliest = _lastPush + MinInterval;
                var now = feed.Time.GetUtcNow();
                wait = earliest > now ? earliest - now : TimeSpan.Zero;
            }

            _ = FlushAfterAsync(wait);
        }

        private async Task FlushAfterAsync(TimeSpan wait)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, feed.Time);
            }

            TSnapshot snapshot;
            Func<TSnapshot, Task>[] handlers;
            lock (_lock)
            {
                _flushPending = false;
                _lastPush = feed.Time.GetUtcNow();
                snapshot = _latest!;
                handlers = [.. _handlers];
            }

            await feed.PushAsync(snapshot, handlers);
        }

        private void Remove(Func<TSnapshot, Task> handler)
        {
            lock (_lock)
            {
                _handlers.Remove(handler);
            }
        }

        private sealed class Subscription(Channel channel, Func<TSnapshot, Task> handler) : IDisposable
        {
            public void Dispose() => channel.Remove(handler);
        }
    }
}
