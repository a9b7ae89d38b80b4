namespace OpsHub.Sla.Queues;

/// <summary>What happened in a one-stop shop's queue.</summary>
public enum QueueInputKind
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
