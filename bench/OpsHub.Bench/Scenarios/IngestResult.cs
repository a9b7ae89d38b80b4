namespace OpsHub.Bench.Scenarios;

/// <summary>Events acknowledged (2xx) per second, and request latency percentiles in milliseconds.</summary>
internal sealed record IngestResult(double EventsPerSecond, long Accepted, long Failed, double P50, double P95, double P99, double Max)
{
    /// <summary>The paced scenario's lead-in, not counted above: its p50, p99 and max (NaN without one).</summary>
    public (double P50, double P99, double Max) LeadIn { get; init; } = (double.NaN, double.NaN, double.NaN);
}
