using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Dashboard.Live;

/// <summary>
/// Live unit figures over SignalR at <c>/hubs/kpi</c>. A client calls <see cref="JoinUnit"/> and then receives
/// <see cref="UnitChanged"/> messages, at most one per second per unit.
/// </summary>
public sealed class KpiHub(UnitFeed feed, IOptions<OrganisationOptions> organisation) : Hub
{
    /// <summary>The client method that receives a <see cref="UnitSnapshot"/>.</summary>
    public const string UnitChanged = "unitChanged";

    /// <summary>Joins the unit's group and returns its figures now.</summary>
    public async Task<UnitSnapshot> JoinUnit(string unitCode)
    {
        if (organisation.Value.Find(unitCode) is null)
        {
            throw new HubException($"Unknown unit '{unitCode}'.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, UnitFeed.GroupName(unitCode));
        await feed.EnsureObservedAsync(unitCode);
        return await feed.CurrentAsync(unitCode);
    }

    /// <summary>Leaves the unit's group.</summary>
    public Task LeaveUnit(string unitCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, UnitFeed.GroupName(unitCode));
}
