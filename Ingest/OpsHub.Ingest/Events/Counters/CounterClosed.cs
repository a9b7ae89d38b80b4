namespace OpsHub.Ingest.Events.Counters;

/// <summary>A counter (quầy) closed.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="CounterCode">The counter's code within the unit.</param>
/// <param name="Staff">The officer who staffed it, when named.</param>
public sealed record CounterClosed(string UnitCode, DateTimeOffset OccurredAt, string CounterCode, string? Staff)
    : QueueEvent(UnitCode, OccurredAt);
