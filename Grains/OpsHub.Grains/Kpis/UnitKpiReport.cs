using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>A unit's KPIs, its own and those of every unit below it summed.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Its administrative level.</param>
/// <param name="At">The instant the figures are for.</param>
/// <param name="Units">The units summed: the unit and its subtree.</param>
/// <param name="Today">Today's counts (local date).</param>
/// <param name="Month">This month's.</param>
/// <param name="Year">This year's.</param>
/// <param name="ByProcedure">This month per procedure.</param>
/// <param name="ByField">This month per field.</param>
/// <param name="Children">Each unit directly below, this month, best on-time rate first.</param>
/// <param name="TodayByHour">Received and completed per hour today.</param>
/// <param name="MonthByDay">Received and completed per day this month.</param>
/// <param name="Overdue">The longest-overdue open dossiers.</param>
/// <param name="DueSoon">The due-soon open dossiers nearest their due instant.</param>
/// <param name="Alerts">The newest open alerts.</param>
/// <param name="Score766">The 766 score this year.</param>
/// <param name="Forecast">The breach forecast; <c>null</c> when not asked for.</param>
public sealed record UnitKpiReport(
    string UnitCode,
    string Name,
    string Level,
    DateTimeOffset At,
    IReadOnlyList<string> Units,
    KpiCounts Today,
    KpiCounts Month,
    KpiCounts Year,
    IReadOnlyDictionary<string, KpiCounts> ByProcedure,
    IReadOnlyDictionary<string, KpiCounts> ByField,
    IReadOnlyList<ChildKpis> Children,
    IReadOnlyList<KpiSeriesPoint> TodayByHour,
    IReadOnlyList<KpiSeriesPoint> MonthByDay,
    IReadOnlyList<WatchedDossier> Overdue,
    IReadOnlyList<WatchedDossier> DueSoon,
    IReadOnlyList<AlertRecord> Alerts,
    Score766View Score766,
    BreachForecastView? Forecast);
