using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>A unit's KPIs, rolled up over the units below it.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Its administrative level.</param>
/// <param name="At">The instant the figures are for (Vietnam time).</param>
/// <param name="Version">Increases with every change; lets observers drop stale snapshots.</param>
/// <param name="Today">Today's figures.</param>
/// <param name="Month">This month's.</param>
/// <param name="Year">This year's.</param>
/// <param name="ByProcedure">This month per procedure.</param>
/// <param name="ByField">This month per field.</param>
/// <param name="Children">Each unit directly below, this month, best on-time rate first.</param>
/// <param name="TodayByHour">Received and completed per hour today.</param>
/// <param name="MonthByDay">Received and completed per day this month.</param>
/// <param name="Score766">The 766 score this year, with each column's formula and inputs.</param>
/// <param name="Forecast">Open dossiers predicted to miss their due date.</param>
/// <param name="Overdue">The longest-overdue dossiers (at most a screenful; the count is in <see cref="Today"/>).</param>
/// <param name="DueSoon">The due-soon dossiers nearest their due instant.</param>
/// <param name="Alerts">The newest open alerts.</param>
[GenerateSerializer, Immutable, Alias("opshub.unit-kpis")]
public sealed record UnitKpis(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] string Name,
    [property: Id(2)] string Level,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] long Version,
    [property: Id(5)] KpiFigures Today,
    [property: Id(6)] KpiFigures Month,
    [property: Id(7)] KpiFigures Year,
    [property: Id(8)] ImmutableArray<KpiBreakdown> ByProcedure,
    [property: Id(9)] ImmutableArray<KpiBreakdown> ByField,
    [property: Id(10)] ImmutableArray<KpiBreakdown> Children,
    [property: Id(11)] ImmutableArray<KpiPoint> TodayByHour,
    [property: Id(12)] ImmutableArray<KpiPoint> MonthByDay,
    [property: Id(13)] Score766View Score766,
    [property: Id(14)] BreachForecastView Forecast,
    [property: Id(15)] ImmutableArray<WatchedDossier> Overdue,
    [property: Id(16)] ImmutableArray<WatchedDossier> DueSoon,
    [property: Id(17)] ImmutableArray<Alerts.AlertRecord> Alerts);
