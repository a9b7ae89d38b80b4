namespace OpsHub.Grains.Metrics;

/// <summary>
/// The channels alert notifications go out on (see <c>OpsHub:Alerts:Channels</c>); anything else is counted as
/// <see cref="Other"/>. Zalo, Telegram and e-mail are reached through bridges behind the webhook, so they count as it.
/// </summary>
public static class AlertChannels
{
    public const string Dashboard = "dashboard";
    public const string Alertmanager = "alertmanager";
    public const string Webhook = "webhook";
    public const string Other = "other";

    /// <summary>Every label value, <see cref="Other"/> included.</summary>
    public static readonly IReadOnlyList<string> All = [Dashboard, Alertmanager, Webhook, Other];

    /// <summary>The metric label for <paramref name="channel"/>: one of the constants above.</summary>
    public static string Label(string channel) => channel.ToLowerInvariant() switch
    {
        Dashboard => Dashboard,
        Alertmanager => Alertmanager,
        Webhook => Webhook,
        _ => Other,
    };
}
