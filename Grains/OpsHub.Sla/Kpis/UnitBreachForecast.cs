using System.Collections.Immutable;

namespace OpsHub.Sla.Kpis;

/// <summary>A unit's breach forecast at an instant: every open dossier, likeliest misses first.</summary>
public sealed record UnitBreachForecast(DateTimeOffset At, ImmutableArray<BreachForecast> Dossiers)
{
    /// <summary>How many are predicted to miss their due date.</summary>
    public int PredictedLateCount => Dossiers.Count(d => d.PredictedLate);

    /// <summary>Those predicted to miss it.</summary>
    public IEnumerable<BreachForecast> PredictedLate => Dossiers.Where(d => d.PredictedLate);
}
