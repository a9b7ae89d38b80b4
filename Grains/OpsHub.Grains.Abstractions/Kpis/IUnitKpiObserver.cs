using Orleans.Concurrency;

namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>Receives a unit's KPIs whenever they change.</summary>
[Alias("opshub.unit-kpi-observer")]
public interface IUnitKpiObserver : IGrainObserver
{
    /// <summary>The KPIs after a change.</summary>
    [OneWay, Alias("changed")]
    Task OnKpisChangedAsync(UnitKpis kpis);
}
