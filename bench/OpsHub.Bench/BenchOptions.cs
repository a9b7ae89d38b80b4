namespace OpsHub.Bench;

/// <summary>The size and length of every scenario. Defaults are the full run; <see cref="Quick"/> gives a run of a few minutes.</summary>
public sealed class BenchOptions
{
    /// <summary>Seconds of echo-grain calls in the ceiling scenario. Default 20.</summary>
    public TimeSpan CeilingDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Echo-grain calls in flight at once. Default 1,000.</summary>
    public int CeilingConcurrency { get; set; } = 1_000;

    /// <summary>How long the closed-loop ingest scenario drives the batch door. Default 60 seconds.</summary>
    public TimeSpan IngestDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Concurrent loopback HTTP clients in the closed-loop ingest scenario. Default 32.</summary>
    public int IngestClients { get; set; } = 32;

    /// <summary>Events per NDJSON request in the closed-loop ingest scenario. Default 1,000.</summary>
    public int IngestBatch { get; set; } = 1_000;

    /// <summary>Most events the closed-loop ingest scenario sends, whatever its duration. Default 20,000,000.</summary>
    public long IngestMaxEvents { get; set; } = 20_000_000;

    /// <summary>Events per second of the open-loop (paced) acknowledgement scenario. Default 10,000.</summary>
    public int PacedRate { get; set; } = 10_000;

    /// <summary>How long the paced scenario runs. Default 30 seconds.</summary>
    public TimeSpan PacedDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the paced scenario sends at its rate before the measured part, counted apart (load tests' warm-up:
    /// the load generator's connections and code, and the silo's first seconds after its restart). Default 5 seconds;
    /// its percentiles are printed beside the measured part's.
    /// </summary>
    public TimeSpan PacedLeadIn { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Events per request in the paced scenario. Default 100 (so 100 requests a second at 10,000 events/s).</summary>
    public int PacedBatch { get; set; } = 100;

    /// <summary>Open dossiers whose deadlines fall during the run (alert lateness). Default 50,000.</summary>
    public int Dossiers { get; set; } = 50_000;

    /// <summary>
    /// Open dossiers held while those deadlines fall, the <see cref="Dossiers"/> included (memory, restart): the rest are
    /// received and applied first, due weeks later. Default 1,000,000; at least <see cref="Dossiers"/>.
    /// </summary>
    public int OpenDossiers { get; set; } = 1_000_000;

    /// <summary>Time from the start of the dossier load to the first due instant; <c>null</c> sizes it from the measured apply rate.</summary>
    public TimeSpan? AlertLead { get; set; }

    /// <summary>The window over which the dossiers' due instants are spread. Default 120 seconds.</summary>
    public TimeSpan AlertSpread { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Single events sent while a SignalR client watches their unit. Default 60.</summary>
    public int FreshnessEvents { get; set; } = 60;

    /// <summary>Events per second in the freshness scenario. Default 4.</summary>
    public double FreshnessRate { get; set; } = 4;

    /// <summary>Hard bound on the whole run; every wait gives up when it passes. Default 120 minutes.</summary>
    public TimeSpan MaxRunTime { get; set; } = TimeSpan.FromMinutes(120);

    /// <summary>Where PostgreSQL's throwaway cluster is made. Default: a new folder under the system's temp folder.</summary>
    public string? WorkDirectory { get; set; }

    /// <summary>Diagnostic: PostgreSQL's busiest statements (pg_stat_statements) after each scenario.</summary>
    public bool Statements { get; set; }

    /// <summary>Diagnostic: only the closed-loop ingest runs and the applier alone, with CPU per event, logged, without the table.</summary>
    public bool IngestOnly { get; set; }

    /// <summary>Diagnostic: only the paced acknowledgement run, applier on and off, logged, without the table.</summary>
    public bool PacedOnly { get; set; }

    /// <summary>
    /// Diagnostic: the ingest-only or paced-only run starts from a copy of this kept PostgreSQL folder (see
    /// <see cref="KeepDatabase"/>) instead of a fresh database, so that a change can be measured on the database a full
    /// run leaves (a million dossiers) in minutes. The folder itself is not changed.
    /// </summary>
    public string? FromDatabase { get; set; }

    /// <summary>Diagnostic: when the run ends, PostgreSQL's folder is moved here (it must not exist) instead of deleted.</summary>
    public string? KeepDatabase { get; set; }

    /// <summary>Diagnostic: PostgreSQL's <c>shared_buffers</c> in MiB; <c>null</c> keeps OpsHub's default (<c>OpsHub:Postgres:SharedBuffersMegabytes</c>).</summary>
    public int? SharedBuffersMegabytes { get; set; }

    /// <summary>Whether this is the short run.</summary>
    public bool IsQuick { get; private set; }

    /// <summary>Small sizes: a couple of minutes in all.</summary>
    public static BenchOptions Quick() => new()
    {
        IsQuick = true,
        CeilingDuration = TimeSpan.FromSeconds(8),
        IngestDuration = TimeSpan.FromSeconds(15),
        PacedDuration = TimeSpan.FromSeconds(10),
        Dossiers = 10_000,
        OpenDossiers = 10_000,
        AlertSpread = TimeSpan.FromSeconds(30),
        FreshnessEvents = 30,
        MaxRunTime = TimeSpan.FromMinutes(15),
    };
}
