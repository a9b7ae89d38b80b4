using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Silo.Hosting;

/// <summary>Activates the organisation's unit grains at start so their figures are scraped from the first minute.</summary>
internal sealed class UnitWarmup(IGrainFactory grains, IOptions<OrganisationOptions> organisation) : IStartupTask
{
    public Task Execute(CancellationToken cancellationToken) =>
        Task.WhenAll(organisation.Value.Units.Select(u => grains.GetGrain<IUnitGrain>(u.Code).GetAsync()));
}
