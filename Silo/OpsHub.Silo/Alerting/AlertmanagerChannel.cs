using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Grains.Metrics;

namespace OpsHub.Silo.Alerting;

/// <summary>
/// Prometheus Alertmanager's v2 API (<c>POST /api/v2/alerts</c>). Every change posts the alert again with the
/// same labels (so Alertmanager sees one alert) and current annotations; a resolved alert carries its end.
/// Firing alerts are also re-sent every <see cref="AlertDeliveryOptions.AlertmanagerResendInterval"/>.
/// </summary>
internal sealed class AlertmanagerChannel(IHttpClientFactory http, IOptionsMonitor<AlertDeliveryOptions> options, TimeProvider wallClock) : IAlertChannel
{
    public const string HttpClientName = "opshub-alertmanager";

    public string Name => AlertChannels.Alertmanager;

    public ChannelOptions Options => options.CurrentValue.Channels.Alertmanager;

    public bool Announces(string transition) => true;

    public Task<DeliveryResult> SendAsync(OutboxItem item, AlertRecord alert, CancellationToken cancellationToken) =>
        PostAsync([alert], cancellationToken);

    /// <summary>Posts <paramref name="alerts"/> in one request.</summary>
    public Task<DeliveryResult> PostAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var now = wallClock.GetUtcNow();
        var body = alerts.Select(a => AlertPayloads.Postable(a, o.ExternalUrl, now)).ToArray();
        return HttpDelivery.PostAsync(http.CreateClient(HttpClientName), new Uri(Options.Url!, "api/v2/alerts"), body, o.RequestTimeout, cancellationToken);
    }
}
