using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using OpsHub.Grains.Abstractions.Kpis;

namespace OpsHub.Dashboard.Live;

/// <summary>Live unit KPIs (rolled up): observes unit KPI grains and pushes to the unit's KPI group on <see cref="KpiHub"/>.</summary>
public sealed class KpiFeed(IGrainFactory grains, IHubContext<KpiHub> hub, TimeProvider time, ILogger<KpiFeed> logger)
    : LiveFeed<UnitKpis>(time, logger), IUnitKpiObserver
{
    private IUnitKpiObserver? _reference;

    /// <summary>The SignalR group of a unit's KPI screens.</summary>
    public static string GroupName(string unitCode) => $"kpis:{unitCode}";

    public override Task<UnitKpis> CurrentAsync(string key) => grains.GetGrain<IUnitKpiGrain>(key).GetAsync();

    Task IUnitKpiObserver.OnKpisChangedAsync(UnitKpis kpis)
    {
        Offer(kpis);
        return Task.CompletedTask;
    }

    protected override Task SubscribeGrainAsync(string key) =>
        grains.GetGrain<IUnitKpiGrain>(key).SubscribeAsync(_reference ??= grains.CreateObjectReference<IUnitKpiObserver>(this));

    protected override Task UnsubscribeGrainAsync(string key) =>
        _reference is null ? Task.CompletedTask : grains.GetGrain<IUnitKpiGrain>(key).UnsubscribeAsync(_reference);

    protected override void ReleaseObserver()
    {
        if (_reference is not null)
        {
            grains.DeleteObjectReference<IUnitKpiObserver>(_reference);
        }
    }

    protected override Task PushToClientsAsync(UnitKpis snapshot) =>
        hub.Clients.Group(GroupName(snapshot.UnitCode)).SendAsync(KpiHub.KpisChanged, snapshot);

    protected override string KeyOf(UnitKpis snapshot) => snapshot.UnitCode;

    protected override long VersionOf(UnitKpis snapshot) => snapshot.Version;
}
