using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Dashboard.Live;

/// <summary>Live unit figures: observes unit grains and pushes to the unit's SignalR group on <see cref="KpiHub"/>.</summary>
public sealed class UnitFeed(IGrainFactory grains, IHubContext<KpiHub> hub, TimeProvider time, ILogger<UnitFeed> logger)
    : LiveFeed<UnitSnapshot>(time, logger), IUnitObserver
{
    private IUnitObserver? _reference;

    /// <summary>The SignalR group of a unit's screens.</summary>
    public static string GroupName(string unitCode) => $"unit:{unitCode}";

    public override Task<UnitSnapshot> CurrentAsync(string key) => grains.GetGrain<IUnitGrain>(key).GetAsync();

    Task IUnitObserver.OnUnitChangedAsync(UnitSnapshot snapshot)
    {
        Offer(snapshot);
        return Task.CompletedTask;
    }

    protected override Task SubscribeGrainAsync(string key) =>
        grains.GetGrain<IUnitGrain>(key).SubscribeAsync(_reference ??= grains.CreateObjectReference<IUnitObserver>(this));

    protected override Task UnsubscribeGrainAsync(string key) =>
        _reference is null ? Task.CompletedTask : grains.GetGrain<IUnitGrain>(key).UnsubscribeAsync(_reference);

    protected override void ReleaseObserver()
    {
        if (_reference is not null)
        {
            grains.DeleteObjectReference<IUnitObserver>(_reference);
        }
    }

    protected override Task PushToClientsAsync(UnitSnapshot snapshot) =>
        hub.Clients.Group(GroupName(snapshot.UnitCode)).SendAsync(KpiHub.UnitChanged, snapshot);

    protected override string KeyOf(UnitSnapshot snapshot) => snapshot.UnitCode;

    protected override long VersionOf(UnitSnapshot snapshot) => snapshot.Version;
}
