using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>One column of a unit's 766 score, with what the screen needs to show how it was obtained.</summary>
/// <param name="Column">Which column.</param>
/// <param name="Weight">The points it carries out of 100.</param>
/// <param name="Value">The weighted share of its sub-indicators in [0, 1]; <c>null</c> when not measured.</param>
/// <param name="Points">Weight × value; <c>null</c> when not measured.</param>
/// <param name="FormulaVi">The column's formula in Vietnamese, e.g. "20 × (đang giải quyết trong hạn + ...) ÷ hồ sơ tiếp nhận".</param>
/// <param name="FormulaEn">The same in English.</param>
/// <param name="Readings">Each sub-indicator's value, formula and input counts.</param>
public sealed record Score766ColumnResult(
    Score766Column Column,
    double Weight,
    double? Value,
    double? Points,
    string FormulaVi,
    string FormulaEn,
    ImmutableArray<Score766Reading> Readings)
{
    /// <summary>Whether every sub-indicator of the column was measured. A partly observed column is not measured: no share is invented.</summary>
    public bool IsMeasured => Points is not null;

    public string NameVi => Score766Names.Vi(Column);

    public string NameEn => Score766Names.En(Column);
}
