namespace OpsHub.Silo.Alerting;

/// <summary>How alert notifications are delivered (section <c>OpsHub:Alerts:Delivery</c> and <c>OpsHub:Alerts:Channels</c>).</summary>
public sealed class AlertDeliveryOptions
{
    public const string Section = "OpsHub:Alerts";

    /// <summary>How often each silo escalates, queues and sends notifications. Default 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per notification before it is given up (and logged as abandoned). Default 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first failed attempt; doubled after each further failure. Default 5 seconds.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between attempts. Default 10 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Time allowed for one HTTP request. Default 10 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often firing alerts are sent to Alertmanager again, which resolves an alert it has not heard of within its
    /// <c>resolve_timeout</c> (default 5 minutes). Default 1 minute.
    /// </summary>
    public TimeSpan AlertmanagerResendInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The address people reach OpsHub at, for links in notifications. Default <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri ExternalUrl { get; set; } = new("http://127.0.0.1:5080/");

    /// <summary>The channels, by name: <c>Dashboard</c>, <c>Alertmanager</c>, <c>Webhook</c>.</summary>
    public AlertChannelsOptions Channels { get; set; } = new();

    /// <summary>Throws when an option is unusable; the message names it.</summary>
    public void Validate()
    {
        if (PollInterval <= TimeSpan.Zero || FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay
            || RequestTimeout <= TimeSpan.Zero || AlertmanagerResendInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}: PollInterval, FirstRetryDelay, RequestTimeout and AlertmanagerResendInterval must be positive, MaxRetryDelay at least FirstRetryDelay.");
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"{Section}:MaxAttempts must be at least 1.");
        }

        foreach (var (name, channel) in new[] { ("Alertmanager", Channels.Alertmanager), ("Webhook", Channels.Webhook) })
        {
            if (channel.Enabled && channel.Url is not { IsAbsoluteUri: true })
            {
                throw new ArgumentException($"{Section}:Channels:{name}:Url must be an absolute URL when the channel is enabled.");
            }
        }
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failures.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = FirstRetryDelay * factor;
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
