using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// A generic webhook receiving Alertmanager's webhook payload (version 4), so existing Zalo, Telegram or e-mail
/// bridges for Alertmanager work unchanged. One message per notification: firing, escalated (firing again, with
/// the new level in the annotations) and resolved.
/// </summary>
internal sealed class WebhookChannel(IHttpClientFactory http, IOptionsMonitor<AlertDeliveryOptions> options) : IAlertChannel
{
    public const string HttpClientName = "opshub-alert-webhook";

    public string Name => AlertChannels.Webhook;

    public ChannelOptions Options => options.CurrentValue.Channels.Webhook;

    public bool Announces(string transition) => transition != AlertTransitions.Acknowledged;

    public Task<DeliveryResult> SendAsync(OutboxItem item, AlertRecord alert, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        return HttpDelivery.PostAsync(http.CreateClient(HttpClientName), Options.Url!, AlertPayloads.Webhook(alert, o.ExternalUrl), o.RequestTimeout, cancellationToken);
    }
}
