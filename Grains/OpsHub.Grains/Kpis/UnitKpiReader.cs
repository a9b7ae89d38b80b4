using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Sla.Calendar;

namespace OpsHub.Grains.Kpis;

/// <summary>Reads a unit's KPIs, rolled up over its subtree of the organisation, from the pre-aggregated store.</summary>
public sealed class UnitKpiReader(IKpiStore store, IOptionsMonitor<OrganisationOptions> organisation, [FromKeyedServices(SlaClock.Key)] TimeProvider clock)
{
    /// <summary>The report of <paramref name="unitCode"/>, or <c>null</c> when it is not a unit of the organisation.</summary>
    public async Task<UnitKpiReport?> ReadAsync(string unitCode, CancellationToken cancellationToken = default)
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
        var children = new List<ChildKpis>();
        foreach (var child in tree.ChildrenOf(unitCode))
        {
            children.Add(new ChildKpis(child.Code, child.Name, await store.CountsAsync(tree.SubtreeOf(child.Code), monthStart, today, cancellationToken)));
        }

        return new UnitKpiReport(
            unit.Code,
            unit.Name,
            unit.Level.ToString(),
            TimeZoneInfo.ConvertTime(now, VietnamTime.Zone),
            units,
            await store.CountsAsync(units, today, today, cancellationToken),
            await store.CountsAsync(units, monthStart, today, cancellationToken),
            await store.CountsAsync(units, yearStart, today, cancellationToken),
            await store.BreakdownAsync(units, monthStart, today, byField: false, cancellationToken),
            await store.BreakdownAsync(units, monthStart, today, byField: true, cancellationToken),
            [.. children.OrderByDescending(c => c.Month.OnTimeRate ?? -1).ThenBy(c => c.UnitCode, StringComparer.Ordinal)],
            await store.HourlyAsync(units, today, cancellationToken),
            await store.DailyAsync(units, monthStart, today, cancellationToken));
    }
}
