using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>The durable KPI facts and their daily pre-aggregation; every query sums a set of units (a subtree).</summary>
public interface IKpiStore
{
    /// <summary>Records <paramref name="fact"/>; recording it again stores nothing, except that a later rating replaces an earlier one.</summary>
    Task RecordAsync(KpiFact fact, CancellationToken cancellationToken = default);

    /// <summary>The counts of <paramref name="units"/> for the days <paramref name="from"/> to <paramref name="to"/>, with the current gauges.</summary>
    Task<KpiCounts> CountsAsync(IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The same per procedure (<paramref name="byField"/> false) or per field; gauges included.</summary>
    Task<IReadOnlyDictionary<string, KpiCounts>> BreakdownAsync(
        IReadOnlyCollection<string> units, DateOnly from, DateOnly to, bool byField, CancellationToken cancellationToken = default);

    /// <summary>Received and completed per local hour of <paramref name="day"/>.</summary>
    Task<IReadOnlyList<KpiSeriesPoint>> HourlyAsync(IReadOnlyCollection<string> units, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Received and completed per day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<KpiSeriesPoint>> DailyAsync(IReadOnlyCollection<string> units, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
