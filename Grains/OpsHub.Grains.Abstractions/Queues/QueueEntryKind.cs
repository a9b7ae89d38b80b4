namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>The queue events of a one-stop shop.</summary>
[GenerateSerializer, Alias("opshub.queue-entry-kind")]
public enum QueueEntryKind
{
    CounterOpened = 1,
    CounterClosed = 2,
    TicketIssued = 3,
    TicketCalled = 4,
    TicketServing = 5,
    TicketCompleted = 6,
    TicketNoShow = 7,
    TicketTransferred = 8,
}
