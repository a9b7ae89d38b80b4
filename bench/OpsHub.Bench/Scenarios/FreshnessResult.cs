namespace OpsHub.Bench.Scenarios;

/// <summary>Event-to-browser freshness in milliseconds: from the event's send to the pushed figures that include it.</summary>
internal sealed record FreshnessResult(int Events, int Seen, double P50, double P95, double Max);
