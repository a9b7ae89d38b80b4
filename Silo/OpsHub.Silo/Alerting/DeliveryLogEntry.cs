namespace OpsHub.Silo.Alerting;

/// <summary>One delivery attempt, as logged in <c>opshub_alert_deliveries</c>.</summary>
public sealed record DeliveryLogEntry(string Channel, string Transition, int Attempt, DateTimeOffset At, bool Succeeded, int? StatusCode, string? Error);
