namespace OpsHub.Sla.Queues;

/// <summary>When a counter last closed, and how many times it closed that day.</summary>
public sealed record CounterClosure(DateTimeOffset At, int Count);
