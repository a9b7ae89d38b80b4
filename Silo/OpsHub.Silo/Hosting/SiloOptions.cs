namespace OpsHub.Silo.Hosting;

/// <summary>How this silo joins its cluster. Section <c>OpsHub:Silo</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "OpsHub:Silo";

    /// <summary>The cluster this silo belongs to; silos sharing a database and id form one cluster. Default "opshub".</summary>
    public string ClusterId { get; set; } = "opshub";

    /// <summary>The service's id, which keys its stored grain state. Never change it on a live deployment. Default "opshub".</summary>
    public string ServiceId { get; set; } = "opshub";

    /// <summary>The address other silos reach this one at. Default 127.0.0.1 (one machine).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port Orleans clients (a separate dashboard process) connect to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Whether the Orleans dashboard (<c>/ops/orleans</c>) collects Orleans' own counters for its silo counters page.
    /// Its collector reads every Orleans instrument once a second, which took 16% of a core while the silo applied a
    /// backfill (BENCHMARKS.md, run 13); Prometheus reads Orleans' counters from <c>/metrics</c> instead
    /// (docs/metrics.md). Default false; true turns it on for the whole process (the collector is OpenTelemetry's,
    /// and <c>OTEL_SDK_DISABLED</c> is its switch).
    /// </summary>
    public bool OrleansDashboardCounters { get; set; }
}
