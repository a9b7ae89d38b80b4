using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace OpsHub.Dashboard.Alerts;

/// <summary>
/// Alert notices over SignalR at <c>/hubs/alerts</c>, for a signed-in user (the sign-in cookie): each connection
/// joins its user's group and receives <see cref="AlertChanged"/> messages (an <see cref="AlertNotice"/>).
/// </summary>
[Authorize]
public sealed class AlertHub : Hub
{
    /// <summary>The client method that receives an <see cref="AlertNotice"/>.</summary>
    public const string AlertChanged = "alertChanged";

    public static string GroupName(string userName) => "user:" + userName;

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.Name is { } name)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(name));
        }

        await base.OnConnectedAsync();
    }
}
