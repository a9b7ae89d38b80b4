using Microsoft.Extensions.Options;
using OpsHub.Dashboard.Alerts;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// The counter heads' web view: hands each notice to this silo's <see cref="AlertFeed"/>, which pushes it over
/// SignalR. The view itself reads alerts from the store, so a notice missed by a closed browser is not lost.
/// </summary>
internal sealed class DashboardChannel(AlertFeed feed, IGrainFactory grains, IOptionsMonitor<AlertDeliveryOptions> options) : IAlertChannel
{
    public string Name => AlertChannels.Dashboard;

    public ChannelOptions Options => options.CurrentValue.Channels.Dashboard;

    public bool Announces(string transition) => true;

    public async Task<DeliveryResult> SendAsync(OutboxItem item, AlertRecord alert, CancellationToken cancellationToken)
    {
        var recipients = await grains.GetGrain<IAlertDeskGrain>(0).RecipientsAsync(alert);
        await feed.PublishAsync(new AlertNotice(alert, item.Transition, recipients), cancellationToken);
        return DeliveryResult.Ok();
    }
}
