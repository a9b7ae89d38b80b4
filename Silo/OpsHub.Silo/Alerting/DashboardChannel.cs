using Microsoft.Extensions.Options;
using OpsHub.Dashboard.Alerts;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Metrics;
using OpsHub.Sla.Alerts;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// The counter heads' web view: hands each notice to this silo's <see cref="AlertFeed"/>, which pushes it over
/// SignalR. The view itself reads alerts from the store, so a notice missed by a closed browser is not lost; a
/// notice nobody is routed to is not pushed at all.
/// </summary>
internal sealed class DashboardChannel(AlertFeed feed, IOptionsMonitor<AlertOptions> routing, IOptionsMonitor<AlertDeliveryOptions> options) : IAlertChannel
{
    public string Name => AlertChannels.Dashboard;

    public ChannelOptions Options => options.CurrentValue.Channels.Dashboard;

    public bool Announces(string transition) => true;

    public async Task<DeliveryResult> SendAsync(OutboxItem item, AlertRecord alert, CancellationToken cancellationToken)
    {
        var recipients = routing.CurrentValue.Recipients(AlertRouting.SubjectOf(alert), alert.EscalationLevel);
        if (recipients.Count > 0)
        {
            await feed.PublishAsync(new AlertNotice(alert, item.Transition, [.. recipients]), cancellationToken);
        }

        return DeliveryResult.Ok();
    }
}
