namespace OpsHub.Silo.Alerting;

/// <summary>The three delivery channels (section <c>OpsHub:Alerts:Channels</c>), each switchable.</summary>
public sealed class AlertChannelsOptions
{
    /// <summary>The counter heads' web view, pushed over SignalR. Default on, held until opening time.</summary>
    public ChannelOptions Dashboard { get; set; } = new() { Enabled = true };

    /// <summary>Prometheus Alertmanager's v2 API. Default off; not held (Alertmanager routes to people itself).</summary>
    public ChannelOptions Alertmanager { get; set; } = new() { HoldOutsideWorkingHours = false };

    /// <summary>A generic webhook with Alertmanager's webhook payload. Default off, held until opening time.</summary>
    public ChannelOptions Webhook { get; set; } = new();
}
