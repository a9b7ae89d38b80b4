namespace OpsHub.Bench.Ceiling;

/// <summary>Echo-grain calls per second, and how many were made.</summary>
internal sealed record CeilingResult(double CallsPerSecond, long Calls);
