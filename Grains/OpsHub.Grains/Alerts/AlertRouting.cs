using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Sla.Alerts;

namespace OpsHub.Grains.Alerts;

/// <summary>Maps a stored alert to what routing looks at.</summary>
public static class AlertRouting
{
    public static AlertSubjectRef SubjectOf(AlertRecord alert) => new(alert.UnitCode, alert.Field, alert.Counter, alert.Department);
}
