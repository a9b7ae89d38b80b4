using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Kpis;

/// <summary>Reads a unit's KPIs, rolled up over its subtree of the organisation, from the pre-aggregated store.</summary>
public sealed class UnitKpiReader(
    IKpiStore store,
    IDossierWatchStore watch,
    IAlertStore alerts,
    UnitForecaster forecaster,
    IProcedureTerms terms,
    IOptionsMonitor<Score766Options> score766,
    IOptionsMonitor<OrganisationOptions> organisation,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock)
{
    /// <summary>How many dossiers and alerts each list on the wall holds.</summary>
    public const int ListLength = 10;

    /// <summary>The report of <paramref name="unitCode"/>, or <c>null</c> when it is not a unit of the organisation.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="withForecast">Whether to forecast its open dossiers too (it reads every one of them).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<UnitKpiReport?> ReadAsync(string unitCode, bool withForecast = true, CancellationToken cancellationToken = default)
    {
        var tree = organisation.CurrentValue;
        if (tree.Find(unitCode) is not { } unit)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var units = tree.SubtreeOf(unitCode);
        var context = new KpiViewContext(terms, tree, score766.CurrentValue.ToPolicy());
        var at = TimeZoneInfo.ConvertTime(now, VietnamTime.Zone);
        var year = await store.CountsAsync(units, yearStart, today, cancellationToken);
        var children = new List<ChildKpis>();
        foreach (var child in tree.ChildrenOf(unitCode))
        {
            children.Add(new ChildKpis(child.Code, child.Name, await store.CountsAsync(tree.SubtreeOf(child.Code), monthStart, today, cancellationToken)));
        }

        return new UnitKpiReport(
            unit.Code,
            unit.Name,
            unit.Level.ToString(),
            at,
            units,
            await store.CountsAsync(units, today, today, cancellationToken),
            await store.CountsAsync(units, monthStart, today, cancellationToken),
            year,
            await store.BreakdownAsync(units, monthStart, today, byField: false, cancellationToken),
            await store.BreakdownAsync(units, monthStart, today, byField: true, cancellationToken),
            [.. children.OrderByDescending(c => c.Month.OnTimeRate ?? -1).ThenBy(c => c.UnitCode, StringComparer.Ordinal)],
            await store.HourlyAsync(units, today, cancellationToken),
            await store.DailyAsync(units, monthStart, today, cancellationToken),
            [.. (await watch.OverdueAsync(units, ListLength, cancellationToken)).Select(d => KpiViews.Watched(d, context))],
            [.. (await watch.DueSoonAsync(units, ListLength, cancellationToken)).Select(d => KpiViews.Watched(d, context))],
            KpiViews.OnePerSubject(await alerts.ListAsync(new AlertQuery(OpenOnly: true, Limit: 5 * ListLength, Units: units), cancellationToken), ListLength),
            KpiViews.Score(Score766Calculator.Score(year, context.Score766)),
            withForecast ? KpiViews.Forecast(at, await forecaster.ForecastAsync(units, at, cancellationToken), context, ListLength) : null);
    }
}
