namespace OpsHub.Silo.Metrics;

/// <summary>How often the gauges read from PostgreSQL are refreshed. Section <c>OpsHub:Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "OpsHub:Metrics";

    /// <summary>How often the ingest journal's backlog gauges are refreshed. Default 15 seconds.</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the SLA gauges by unit and field are summed from the unit ledger. Default 30 seconds.</summary>
    public TimeSpan SlaInterval { get; set; } = TimeSpan.FromSeconds(30);
}
