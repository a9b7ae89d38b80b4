namespace OpsHub.Silo.Health;

/// <summary>What readiness tolerates, and how often the journal backlog is measured. Section <c>OpsHub:Health</c>.</summary>
public sealed class HealthOptions
{
    public const string Section = "OpsHub:Health";

    /// <summary>Oldest a pending journal event may be before the process reports not ready (the applier is stuck or far behind). Default 5 minutes.</summary>
    public TimeSpan MaxPendingAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the journal backlog gauges are refreshed. Default 15 seconds.</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(15);
}
