using Orleans.Concurrency;

namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>Receives a one-stop shop's queue whenever it changes.</summary>
[Alias("opshub.queue-observer")]
public interface IQueueObserver : IGrainObserver
{
    /// <summary>The queue after a change.</summary>
    [OneWay, Alias("changed")]
    Task OnQueueChangedAsync(QueueSnapshot snapshot);
}
