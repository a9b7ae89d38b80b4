namespace OpsHub.Silo.Alerting;

/// <summary>An unacknowledged alert whose escalation instant has come.</summary>
internal sealed record EscalationDue(string Id, string UnitCode, string Kind, int Level, DateTimeOffset EscalateAt);
