namespace OpsHub.Ingest.Events.Counters;

/// <summary>A ticket was transferred from one counter to another.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="TicketNumber">The ticket's number.</param>
/// <param name="CounterCode">The counter it leaves.</param>
/// <param name="ToCounterCode">The counter it goes to.</param>
public sealed record TicketTransferred(string UnitCode, DateTimeOffset OccurredAt, string TicketNumber, string CounterCode, string ToCounterCode)
    : QueueEvent(UnitCode, OccurredAt);
