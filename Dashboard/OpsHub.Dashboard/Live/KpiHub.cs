using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OpsHub.Dashboard.Auth;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Abstractions.Units;

namespace OpsHub.Dashboard.Live;

/// <summary>
/// Live figures over SignalR at <c>/hubs/kpi</c>. A client calls <see cref="JoinUnit"/> (or <see cref="JoinQueue"/>)
/// and then receives <see cref="UnitChanged"/> (or <see cref="QueueChanged"/>) messages, at most one per second per unit.
/// </summary>
/// <remarks>Leaders only (the policy on the endpoint), and only for their units and below: joining another unit's group is refused.</remarks>
public sealed class KpiHub(UnitFeed feed, QueueFeed queues, KpiFeed kpis, IOptions<OrganisationOptions> organisation, UnitScope scope) : Hub
{
    /// <summary>The client method that receives a <see cref="UnitSnapshot"/>.</summary>
    public const string UnitChanged = "unitChanged";

    /// <summary>The client method that receives a unit's rolled-up <see cref="Grains.Abstractions.Kpis.UnitKpis"/>.</summary>
    public const string KpisChanged = "kpisChanged";

    /// <summary>The client method that receives a <see cref="Grains.Abstractions.Queues.QueueSnapshot"/>.</summary>
    public const string QueueChanged = "queueChanged";

    /// <summary>Joins the unit's group and returns its figures now.</summary>
    public async Task<UnitSnapshot> JoinUnit(string unitCode)
    {
        CheckUnit(unitCode);

        await Groups.AddToGroupAsync(Context.ConnectionId, UnitFeed.GroupName(unitCode));
        await feed.EnsureObservedAsync(unitCode);
        return await feed.CurrentAsync(unitCode);
    }

    /// <summary>Leaves the unit's group.</summary>
    public Task LeaveUnit(string unitCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, UnitFeed.GroupName(unitCode));

    /// <summary>Joins the one-stop shop's queue group (the waiting-room display) and returns its queue now.</summary>
    public async Task<Grains.Abstractions.Queues.QueueSnapshot> JoinQueue(string unitCode)
    {
        CheckUnit(unitCode);

        await Groups.AddToGroupAsync(Context.ConnectionId, QueueFeed.GroupName(unitCode));
        await queues.EnsureObservedAsync(unitCode);
        return await queues.CurrentAsync(unitCode);
    }

    /// <summary>Joins the unit's KPI group (figures rolled up over the units below it) and returns its KPIs now.</summary>
    public async Task<Grains.Abstractions.Kpis.UnitKpis> JoinKpis(string unitCode)
    {
        CheckUnit(unitCode);

        await Groups.AddToGroupAsync(Context.ConnectionId, KpiFeed.GroupName(unitCode));
        await kpis.EnsureObservedAsync(unitCode);
        return await kpis.CurrentAsync(unitCode);
    }

    private void CheckUnit(string unitCode)
    {
        if (organisation.Value.Find(unitCode) is null)
        {
            throw new HubException($"Unknown unit '{unitCode}'.");
        }

        if (!scope.Covers(Context.User ?? new(), unitCode))
        {
            throw new HubException($"Unit '{unitCode}' is not one of your units or below them.");
        }
    }
}
