using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Queues;

namespace OpsHub.Dashboard.Live;

/// <summary>Live queues of one-stop shops: observes queue grains and pushes to the shop's SignalR group on <see cref="KpiHub"/>.</summary>
public sealed class QueueFeed(IGrainFactory grains, IHubContext<KpiHub> hub, TimeProvider time, ILogger<QueueFeed> logger)
    : LiveFeed<QueueSnapshot>(time, logger), IQueueObserver
{
    private IQueueObserver? _reference;

    /// <summary>The SignalR group of a shop's queue screens.</summary>
    public static string GroupName(string unitCode) => $"queue:{unitCode}";

    public override Task<QueueSnapshot> CurrentAsync(string key) => grains.GetGrain<IQueueGrain>(key).GetAsync();

    Task IQueueObserver.OnQueueChangedAsync(QueueSnapshot snapshot)
    {
        Offer(snapshot);
        return Task.CompletedTask;
    }

    protected override Task SubscribeGrainAsync(string key) =>
        grains.GetGrain<IQueueGrain>(key).SubscribeAsync(_reference ??= grains.CreateObjectReference<IQueueObserver>(this));

    protected override Task UnsubscribeGrainAsync(string key) =>
        _reference is null ? Task.CompletedTask : grains.GetGrain<IQueueGrain>(key).UnsubscribeAsync(_reference);

    protected override void ReleaseObserver()
    {
        if (_reference is not null)
        {
            grains.DeleteObjectReference<IQueueObserver>(_reference);
        }
    }

    protected override Task PushToClientsAsync(QueueSnapshot snapshot) =>
        hub.Clients.Group(GroupName(snapshot.UnitCode)).SendAsync(KpiHub.QueueChanged, snapshot);

    protected override string KeyOf(QueueSnapshot snapshot) => snapshot.UnitCode;

    protected override long VersionOf(QueueSnapshot snapshot) => snapshot.Version;
}
