namespace OpsHub.Silo.Alerting;

/// <summary>An alert whose latest changes have not been turned into notifications yet.</summary>
internal sealed record PendingAlert(
    string Id,
    string UnitCode,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    int EscalationLevel,
    int Changes,
    int Notified);
