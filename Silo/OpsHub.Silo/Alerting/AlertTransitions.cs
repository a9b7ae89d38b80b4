namespace OpsHub.Silo.Alerting;

/// <summary>The changes of an alert that notifications announce.</summary>
public static class AlertTransitions
{
    public const string Firing = "firing";
    public const string Escalated = "escalated";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";
}
