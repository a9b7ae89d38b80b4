namespace OpsHub.Storage;

/// <summary>
/// Where OpsHub keeps its PostgreSQL data. Bound from the configuration section <see cref="SectionName"/>.
/// With no <see cref="ConnectionString"/> the silo runs a private, embedded server (see
/// <see cref="Embedded.EmbeddedPostgres"/>); a real deployment sets the connection string instead.
/// </summary>
public sealed class PostgresOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "OpsHub:Postgres";

    /// <summary>
    /// Connection string of an existing PostgreSQL database. Default: <see langword="null"/>, which starts the
    /// embedded server and connects to its <c>opshub</c> database.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Folder holding the embedded server's cluster, password file and log; relative paths are resolved against the
    /// working directory. Default: <c>.data/postgres</c> (git-ignored). Ignored when <see cref="ConnectionString"/> is set.
    /// </summary>
    public string DataDirectory { get; set; } = ".data/postgres";

    /// <summary>Loopback TCP port of the embedded server. Default: 55432, away from a system server's 5432.</summary>
    public int Port { get; set; } = 55432;

    /// <summary>
    /// Most client connections the embedded server accepts. Each silo keeps pools for grain state, membership and
    /// OpsHub's own tables. Default: 300.
    /// </summary>
    public int MaxConnections { get; set; } = 300;

    /// <summary>
    /// The embedded server's shared buffer cache, in MiB. Default: 1024. At PostgreSQL's own 128 the journal's random
    /// idempotency key (an index about 40 bytes an event) left the cache as the journal grew, and under the door's
    /// full load backends spent a large part of their time writing evicted pages out and reading key pages back in: with
    /// 4 million events journaled the door took 60,914 events/s at 128 MiB and 67,441 at 1 GiB (BENCHMARKS.md, run 14;
    /// run 8 had seen the opposite, when the journal's pages were half empty and rewritten by the applier). The
    /// operating system's page cache still holds what does not fit. Ignored when <see cref="ConnectionString"/> is set.
    /// </summary>
    public int SharedBuffersMegabytes { get; set; } = 1024;

    /// <summary>
    /// WAL the embedded server may write between checkpoints, in MiB. Default: 4096. At PostgreSQL's own 1024 the
    /// benchmark's backfill forced a checkpoint every 2-3 minutes, and its closed-loop ingest one every 35-40 s;
    /// after each, every page touched again is written whole into the WAL, which filled it faster
    /// still (BENCHMARKS.md, run 11). Checkpoints still come at least every 5 minutes (checkpoint_timeout), which
    /// bounds what a crash replays; the WAL may take up to this much disk. Ignored when <see cref="ConnectionString"/> is set.
    /// </summary>
    public int MaxWalSizeMegabytes { get; set; } = 4096;

    /// <summary>How long the embedded server may take to accept connections (including a first initdb). Default: 60 seconds.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
