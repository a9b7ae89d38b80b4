using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>A sub-indicator evaluated on a unit's counts.</summary>
/// <param name="Indicator">Which one.</param>
/// <param name="Value">The share in [0, 1]; <c>null</c> when not measured (an input is not observable or the denominator is zero).</param>
/// <param name="FormulaVi">How it is computed, in Vietnamese.</param>
/// <param name="FormulaEn">The same in English.</param>
/// <param name="Inputs">The counts it was computed from.</param>
public sealed record Score766Reading(
    Score766Indicator Indicator,
    double? Value,
    string FormulaVi,
    string FormulaEn,
    ImmutableArray<Score766Input> Inputs);
