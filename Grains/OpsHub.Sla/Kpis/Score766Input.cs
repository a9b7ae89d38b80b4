namespace OpsHub.Sla.Kpis;

/// <summary>One value behind a column, shown on screen next to the formula.</summary>
/// <param name="Name">The <see cref="KpiCounts"/> member it comes from, e.g. <c>InProgressWithinDeadline</c>.</param>
/// <param name="Value">Its value; <c>null</c> when not measured.</param>
public sealed record Score766Input(string Name, double? Value);
