namespace OpsHub.Silo.Health;

/// <summary>What readiness tolerates. Section <c>OpsHub:Health</c>.</summary>
public sealed class HealthOptions
{
    public const string Section = "OpsHub:Health";

    /// <summary>Oldest a pending journal event may be before the process reports not ready (the applier is stuck or far behind). Default 5 minutes.</summary>
    public TimeSpan MaxPendingAge { get; set; } = TimeSpan.FromMinutes(5);
}
