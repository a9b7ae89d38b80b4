namespace OpsHub.Grains.Scheduling;

/// <summary>How the per-silo wake-up scheduler reads the durable table. Section <c>OpsHub:Wakeups</c>.</summary>
public sealed class WakeupOptions
{
    public const string Section = "OpsHub:Wakeups";

    /// <summary>How often the table is read for wake-ups coming due. Default 1 minute.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far ahead each read looks; must exceed <see cref="RefreshInterval"/>. Default 3 minutes.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long to wait before retrying a wake-up whose grain call failed. Default 5 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most wake-ups read in one refresh. Default 200,000.</summary>
    public int BatchLimit { get; set; } = 200_000;

    /// <summary>
    /// Most grain calls in flight at once when many wake-ups fall due together. Default 4,096: a wake-up spends most
    /// of its time waiting for shared round trips (DerivedWrites), so width, not CPU, sets how many fire a second
    /// (BENCHMARKS.md, run 5: p99 lateness 11.6 s at 256, 4.7 s at 1,024, 2.7 s at 4,096).
    /// </summary>
    public int MaxConcurrentWakes { get; set; } = 4_096;
}
