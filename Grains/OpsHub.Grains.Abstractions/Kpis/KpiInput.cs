namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>A count behind a formula, named as on screen.</summary>
/// <param name="Name">The count's key, e.g. <c>DoneOnTime</c>.</param>
/// <param name="LabelVi">Its Vietnamese label.</param>
/// <param name="LabelEn">Its English label.</param>
/// <param name="Value">Its value; <c>null</c> when not observed.</param>
[GenerateSerializer, Immutable, Alias("opshub.kpi-input")]
public sealed record KpiInput(
    [property: Id(0)] string Name,
    [property: Id(1)] string LabelVi,
    [property: Id(2)] string LabelEn,
    [property: Id(3)] double? Value);
