namespace OpsHub.Ingest.Events.Counters;

/// <summary>A ticket was called, began service, completed, or was marked no-show at a counter.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="TicketNumber">The ticket's number.</param>
/// <param name="CounterCode">The counter concerned.</param>
/// <param name="Stage">The stage reached.</param>
public sealed record TicketProgressed(string UnitCode, DateTimeOffset OccurredAt, string TicketNumber, string CounterCode, TicketStage Stage)
    : QueueEvent(UnitCode, OccurredAt);
