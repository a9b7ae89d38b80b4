using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>A unit directly below another, with its subtree's counts for the month: one row of a ranking.</summary>
public sealed record ChildKpis(string UnitCode, string Name, KpiCounts Month);
