namespace OpsHub.Grains.Metrics;

/// <summary>The channels alert notifications go out on; anything else is counted as <see cref="Other"/>.</summary>
public static class AlertChannels
{
    public const string Dashboard = "dashboard";
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Zalo = "zalo";
    public const string Webhook = "webhook";
    public const string Other = "other";

    /// <summary>Every label value, <see cref="Other"/> included.</summary>
    public static readonly IReadOnlyList<string> All = [Dashboard, Email, Sms, Zalo, Webhook, Other];

    /// <summary>The metric label for <paramref name="channel"/>: one of the constants above.</summary>
    public static string Label(string channel) => channel.ToLowerInvariant() switch
    {
        Dashboard => Dashboard,
        Email => Email,
        Sms => Sms,
        Zalo => Zalo,
        Webhook => Webhook,
        _ => Other,
    };
}
