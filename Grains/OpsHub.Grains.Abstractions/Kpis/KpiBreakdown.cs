namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>The figures of one procedure, field or unit below.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Figures">Its figures for the period.</param>
[GenerateSerializer, Immutable, Alias("opshub.kpi-breakdown")]
public sealed record KpiBreakdown(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] KpiFigures Figures);
