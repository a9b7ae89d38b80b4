using OpsHub.Grains.Abstractions.Dossiers;

namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>
/// The queue of one one-stop shop (keyed by its unit code): tickets waiting, tickets at counters, waiting-time
/// alerts. It applies the shop's queue events in order and tells each counter (<see cref="ICounterGrain"/>) what
/// concerns it.
/// </summary>
[Alias("opshub.queue")]
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>Applies one queue event.</summary>
    [Alias("apply")]
    Task<EventOutcome> ApplyAsync(QueueEntry entry);

    /// <summary>The queue now: each field and counter.</summary>
    [Alias("get")]
    Task<QueueSnapshot> GetAsync();

    /// <summary>Raises and resolves waiting-time alerts due by now; called by the durable wake-ups.</summary>
    [Alias("wake")]
    Task WakeAsync();

    /// <summary>Subscribes <paramref name="observer"/> to changes; subscriptions lapse unless renewed within a few minutes.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(IQueueObserver observer);

    /// <summary>Ends a subscription.</summary>
    [Alias("unsubscribe")]
    Task UnsubscribeAsync(IQueueObserver observer);
}
