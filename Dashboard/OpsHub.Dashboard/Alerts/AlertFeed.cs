using Microsoft.AspNetCore.SignalR;

namespace OpsHub.Dashboard.Alerts;

/// <summary>
/// The per-silo notifier of the counter heads' view: the delivery loop hands it notices; it pushes each to the
/// recipients' SignalR groups on <c>/hubs/alerts</c> and to the open alert pages of this silo.
/// </summary>
public sealed class AlertFeed(IHubContext<AlertHub> hub)
{
    /// <summary>Raised for every notice, for the Blazor pages open on this silo.</summary>
    public event Action<AlertNotice>? Published;

    public async Task PublishAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        if (notice.Recipients.Length > 0)
        {
            await hub.Clients.Groups([.. notice.Recipients.Select(AlertHub.GroupName)]).SendAsync(AlertHub.AlertChanged, notice, cancellationToken);
        }

        Published?.Invoke(notice);
    }
}
