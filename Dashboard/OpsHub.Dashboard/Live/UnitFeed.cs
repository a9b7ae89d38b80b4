using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Dashboard.Live;

/// <summary>
/// The dashboard's one view of unit figures. It observes each unit grain that some screen shows (renewing the
/// subscription so it survives grain moves and silo restarts), coalesces bursts to at most one push per unit per
/// <see cref="MinInterval"/>, and fans each push out to the SignalR group of the unit and to in-process
/// components. Works the same co-hosted in a silo or in a separate Orleans client process.
/// </summary>
public sealed partial class UnitFeed : IUnitObserver, IAsyncDisposable
{
    /// <summary>At most one push per unit per this interval.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly IGrainFactory _grains;
    private readonly IHubContext<KpiHub> _hub;
    private readonly TimeProvider _time;
    private readonly ILogger<UnitFeed> _logger;
    private readonly ConcurrentDictionary<string, UnitChannel> _units = new(StringComparer.Ordinal);
    private readonly ITimer _renewal;
    private IUnitObserver? _reference;

    public UnitFeed(IGrainFactory grains, IHubContext<KpiHub> hub, TimeProvider time, ILogger<UnitFeed> logger)
    {
        _grains = grains;
        _hub = hub;
        _time = time;
        _logger = logger;
        _renewal = time.CreateTimer(_ => _ = RenewAllAsync(), null, RenewEvery, RenewEvery);
    }

    /// <summary>The SignalR group of a unit's screens.</summary>
    public static string GroupName(string unitCode) => $"unit:{unitCode}";

    /// <summary>The unit's figures now, straight from its grain.</summary>
    public Task<UnitSnapshot> CurrentAsync(string unitCode) => _grains.GetGrain<IUnitGrain>(unitCode).GetAsync();

    /// <summary>Calls <paramref name="onChange"/> with each (coalesced) change of the unit until disposed.</summary>
    public async Task<IDisposable> SubscribeAsync(string unitCode, Func<UnitSnapshot, Task> onChange)
    {
        var channel = await ObserveAsync(unitCode);
        return channel.Add(onChange);
    }

    /// <summary>Makes sure the unit is observed, so its SignalR group receives pushes.</summary>
    public async Task EnsureObservedAsync(string unitCode) => await ObserveAsync(unitCode);

    Task IUnitObserver.OnUnitChangedAsync(UnitSnapshot snapshot)
    {
        if (_units.TryGetValue(snapshot.UnitCode, out var channel))
        {
            channel.Offer(snapshot);
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync();
        if (_reference is not null)
        {
            foreach (var code in _units.Keys)
            {
                try
                {
                    await _grains.GetGrain<IUnitGrain>(code).UnsubscribeAsync(_reference);
                }
                catch (Exception ex)
                {
                    LogUnsubscribeFailed(ex, code);
                }
            }

            _grains.DeleteObjectReference<IUnitObserver>(_reference);
        }
    }

    private async Task<UnitChannel> ObserveAsync(string unitCode)
    {
        _reference ??= _grains.CreateObjectReference<IUnitObserver>(this);
        var created = false;
        var channel = _units.GetOrAdd(unitCode, code =>
        {
            created = true;
            return new UnitChannel(code, this);
        });
        if (created)
        {
            await _grains.GetGrain<IUnitGrain>(unitCode).SubscribeAsync(_reference);
        }

        return channel;
    }

    private async Task RenewAllAsync()
    {
        if (_reference is null)
        {
            return;
        }

        foreach (var code in _units.Keys)
        {
            try
            {
                await _grains.GetGrain<IUnitGrain>(code).SubscribeAsync(_reference);

                // A restart may have dropped changes while nobody observed: resend what the grain has now.
                _units[code].Offer(await CurrentAsync(code));
            }
            catch (Exception ex)
            {
                LogRenewFailed(ex, code);
            }
        }
    }

    private async Task PushAsync(UnitSnapshot snapshot, IReadOnlyCollection<Func<UnitSnapshot, Task>> handlers)
    {
        try
        {
            await _hub.Clients.Group(GroupName(snapshot.UnitCode)).SendAsync(KpiHub.UnitChanged, snapshot);
        }
        catch (Exception ex)
        {
            LogPushFailed(ex, snapshot.UnitCode);
        }

        foreach (var handler in handlers)
        {
            try
            {
                await handler(snapshot);
            }
            catch (Exception ex)
            {
                LogPushFailed(ex, snapshot.UnitCode);
            }
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Renewing the observation of unit {UnitCode} failed")]
    private partial void LogRenewFailed(Exception exception, string unitCode);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Pushing figures of unit {UnitCode} failed")]
    private partial void LogPushFailed(Exception exception, string unitCode);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Unsubscribing from unit {UnitCode} failed")]
    private partial void LogUnsubscribeFailed(Exception exception, string unitCode);

    /// <summary>One unit's latest figures and the screens that show them, with the coalescing state.</summary>
    private sealed class UnitChannel(string unitCode, UnitFeed feed)
    {
        private readonly Lock _lock = new();
        private readonly List<Func<UnitSnapshot, Task>> _handlers = [];
        private UnitSnapshot? _latest;
        private DateTimeOffset _lastPush = DateTimeOffset.MinValue;
        private bool _flushPending;

        public IDisposable Add(Func<UnitSnapshot, Task> handler)
        {
            lock (_lock)
            {
                _handlers.Add(handler);
            }

            return new Subscription(this, handler);
        }

        public void Offer(UnitSnapshot snapshot)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (_latest is not null && snapshot.Version < _latest.Version)
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
                var now = feed._time.GetUtcNow();
                wait = earliest > now ? earliest - now : TimeSpan.Zero;
            }

            _ = FlushAfterAsync(wait);
        }

        private async Task FlushAfterAsync(TimeSpan wait)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, feed._time);
            }

            UnitSnapshot snapshot;
            Func<UnitSnapshot, Task>[] handlers;
            lock (_lock)
            {
                _flushPending = false;
                _lastPush = feed._time.GetUtcNow();
                snapshot = _latest!;
                handlers = [.. _handlers];
            }

            await feed.PushAsync(snapshot, handlers);
        }

        private void Remove(Func<UnitSnapshot, Task> handler)
        {
            lock (_lock)
            {
                _handlers.Remove(handler);
            }
        }

        private sealed class Subscription(UnitChannel channel, Func<UnitSnapshot, Task> handler) : IDisposable
        {
            public void Dispose() => channel.Remove(handler);
        }

        public override string ToString() => unitCode;
    }
}
