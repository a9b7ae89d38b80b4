namespace OpsHub.Silo.Alerting;

/// <summary>A notification claimed for delivery: which alert, on which channel, announcing what, and how many tries so far.</summary>
public sealed record OutboxItem(long Id, string AlertId, string Channel, string Transition, int Level, int Attempts);
