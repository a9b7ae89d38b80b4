namespace OpsHub.Silo.Alerting;

/// <summary>One delivery channel's switch and target (section <c>OpsHub:Alerts:Channels:{Name}</c>).</summary>
public sealed class ChannelOptions
{
    /// <summary>Whether notifications go out on this channel. Defaults: dashboard on, Alertmanager and webhook off.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Where to send: Alertmanager's base address (<c>http://host:9093/</c>) or the webhook receiver's URL. Unused
    /// by the dashboard. Default none.
    /// </summary>
    public Uri? Url { get; set; }

    /// <summary>
    /// Whether notifications wait for the unit's opening time (the alert itself is recorded at once). Default: true
    /// for the dashboard and the webhook (they reach people), false for Alertmanager (its own routes and time
    /// intervals decide).
    /// </summary>
    public bool HoldOutsideWorkingHours { get; set; } = true;
}
