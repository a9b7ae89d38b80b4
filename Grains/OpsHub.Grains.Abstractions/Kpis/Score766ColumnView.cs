using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>One 766 column with how it was obtained: its formula and the counts that went in.</summary>
/// <param name="Column">The column's key, e.g. <c>Progress</c>.</param>
/// <param name="NameVi">Its Vietnamese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Weight">The points it carries out of 100.</param>
/// <param name="Points">Weight × its share; <c>null</c> when not measured.</param>
/// <param name="FormulaVi">Its formula in Vietnamese.</param>
/// <param name="FormulaEn">Its formula in English.</param>
/// <param name="Inputs">The counts behind it; a <c>null</c> value is not observed.</param>
[GenerateSerializer, Immutable, Alias("opshub.score766-column")]
public sealed record Score766ColumnView(
    [property: Id(0)] string Column,
    [property: Id(1)] string NameVi,
    [property: Id(2)] string NameEn,
    [property: Id(3)] double Weight,
    [property: Id(4)] double? Points,
    [property: Id(5)] string FormulaVi,
    [property: Id(6)] string FormulaEn,
    [property: Id(7)] ImmutableArray<KpiInput> Inputs)
{
    /// <summary>Whether OpsHub measured it.</summary>
    public bool IsMeasured => Points is not null;
}
