namespace OpsHub.Ingest.Events.Counters;

/// <summary>A counter (quầy) opened for service.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="CounterCode">The counter's code within the unit.</param>
/// <param name="Staff">The officer staffing it, when named.</param>
public sealed record CounterOpened(string UnitCode, DateTimeOffset OccurredAt, string CounterCode, string? Staff)
    : QueueEvent(UnitCode, OccurredAt);
