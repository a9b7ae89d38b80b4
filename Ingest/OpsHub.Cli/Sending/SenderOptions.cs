namespace OpsHub.Cli.Sending;

/// <summary>How hard the HTTP sender tries.</summary>
internal sealed record SenderOptions
{
    /// <summary>The defaults.</summary>
    public static SenderOptions Default { get; } = new();

    /// <summary>Requests per batch for transient errors (5xx, timeouts, refused connections). Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Waits after 429 per batch before giving up. Default 20.</summary>
    public int MaxThrottledWaits { get; init; } = 20;

    /// <summary>First backoff after a transient error; it doubles each time. Default 500 ms.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest backoff. Default 10 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after a 429 without Retry-After. Default 1 s.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait honoured from a Retry-After. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);
}
