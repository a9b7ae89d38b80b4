namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>Received and completed in one hour (0-23) or day of the month (1-31).</summary>
[GenerateSerializer, Immutable, Alias("opshub.kpi-point")]
public sealed record KpiPoint(
    [property: Id(0)] int Slot,
    [property: Id(1)] long Received,
    [property: Id(2)] long Done);
