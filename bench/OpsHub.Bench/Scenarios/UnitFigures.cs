namespace OpsHub.Bench.Scenarios;

/// <summary>The part of a <c>unitChanged</c> message (a UnitSnapshot) the benchmark reads.</summary>
internal sealed record UnitFigures(string UnitCode, int Open, int Overdue, long Version);
