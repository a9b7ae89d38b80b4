namespace OpsHub.Silo.Alerting;

/// <summary>A notification to queue: for which channel, announcing what, not before when (SLA time).</summary>
internal sealed record OutboxEntry(string Channel, string Transition, int Level, DateTimeOffset DeliverAfter);
