namespace OpsHub.Bench.Scenarios;

/// <summary>Events acknowledged (2xx) per second, and request latency percentiles in milliseconds.</summary>
internal sealed record IngestResult(double EventsPerSecond, long Accepted, long Failed, double P50, double P95, double P99, double Max);
