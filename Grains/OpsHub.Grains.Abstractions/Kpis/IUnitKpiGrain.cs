using Orleans.Concurrency;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>
/// The KPIs of one unit and everything below it (keyed by the unit's code), read from the pre-aggregated KPI store
/// at most once a second after a change below it, and pushed to observers.
/// </summary>
[Alias("opshub.unit-kpi")]
public interface IUnitKpiGrain : IGrainWithStringKey
{
    /// <summary>The KPIs now.</summary>
    [Alias("get")]
    Task<UnitKpis> GetAsync();

    /// <summary>Something below changed: read the figures again soon.</summary>
    [OneWay, Alias("changed")]
    Task MarkChangedAsync();

    /// <summary>Subscribes <paramref name="observer"/>; subscriptions lapse unless renewed within a few minutes.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(IUnitKpiObserver observer);

    /// <summary>Ends a subscription.</summary>
    [Alias("unsubscribe")]
    Task UnsubscribeAsync(IUnitKpiObserver observer);
}
