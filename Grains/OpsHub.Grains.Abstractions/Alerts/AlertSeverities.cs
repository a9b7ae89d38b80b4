namespace OpsHub.Grains.Abstractions.Alerts;

/// <summary>The severity of each alert kind.</summary>
public static class AlertSeverities
{
    /// <summary>Warnings before a deadline or a critical wait; everything that has already gone wrong is critical.</summary>
    public static AlertSeverity Of(AlertKind kind) => kind switch
    {
        AlertKind.ElapsedWarning or AlertKind.DueToday or AlertKind.WaitingWarning => AlertSeverity.Warning,
        _ => AlertSeverity.Critical,
    };
}
