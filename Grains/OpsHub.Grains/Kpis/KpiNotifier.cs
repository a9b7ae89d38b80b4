using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Kpis;
using OpsHub.Grains.Abstractions.Organisation;

namespace OpsHub.Grains.Kpis;

/// <summary>Tells the KPI grains of a unit and of every unit above it that its figures changed.</summary>
public sealed class KpiNotifier(IGrainFactory grains, IOptionsMonitor<OrganisationOptions> organisation)
{
    public async Task ChangedAsync(string unitCode)
    {
        await grains.GetGrain<IUnitKpiGrain>(unitCode).MarkChangedAsync();
        foreach (var above in organisation.CurrentValue.AncestorsOf(unitCode))
        {
            await grains.GetGrain<IUnitKpiGrain>(above).MarkChangedAsync();
        }
    }
}
