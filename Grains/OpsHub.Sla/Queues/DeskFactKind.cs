namespace OpsHub.Sla.Queues;

/// <summary>What a counter learns from its one-stop shop's queue.</summary>
public enum DeskFactKind
{
    Opened = 1,
    Closed = 2,

    /// <summary>A ticket was called for the first time; the fact carries its wait.</summary>
    Called = 3,

    /// <summary>A ticket already called (or marked no-show) was called again.</summary>
    Recalled = 4,
    ServiceStarted = 5,

    /// <summary>Service ended; the fact carries the service time.</summary>
    Completed = 6,
    NoShow = 7,

    /// <summary>The ticket left for another counter; the fact carries the time spent here.</summary>
    TransferredOut = 8,
}
