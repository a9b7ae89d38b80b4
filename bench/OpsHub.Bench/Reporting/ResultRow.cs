namespace OpsHub.Bench.Reporting;

/// <summary>One line of the results table.</summary>
internal sealed record ResultRow(string Scenario, string Result, string Target, string Met, string RatioToCeiling);
