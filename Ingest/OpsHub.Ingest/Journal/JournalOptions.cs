namespace OpsHub.Ingest.Journal;

/// <summary>How the journal is written and applied. Section <c>OpsHub:Ingest:Journal</c>.</summary>
public sealed class JournalOptions
{
    public const string Section = "OpsHub:Ingest:Journal";

    /// <summary>Whether this process applies journaled events. Default true; off only for tests and maintenance.</summary>
    public bool ApplyEnabled { get; set; } = true;

    /// <summary>Most events one journal insert writes (requests arriving together are committed together). Default 5,000.</summary>
    public int MaxAppendBatch { get; set; } = 5_000;

    /// <summary>
    /// Journal inserts in flight at once, each on its own connection and committed on its own. With one, PostgreSQL
    /// writes one batch at a time on one core while the next waits, and the door stalled with a core idle; with two,
    /// a second batch is written while the first commits and its requests are answered (BENCHMARKS.md, run 13: 28,600
    /// -> 39,400 events/s on two cores; four gave no more). One request's events keep their order; requests sent
    /// together have none to keep. Default 2.
    /// </summary>
    public int AppendWriters { get; set; } = 2;

    /// <summary>
    /// Whether the process takes a sample body through its door, keeping nothing, before its HTTP server opens
    /// (<see cref="DoorWarmup"/>) and then through the server until the runtime stops compiling
    /// (<see cref="Http.DoorHttpWarmup"/>). Default true; off only to measure a cold start.
    /// </summary>
    public bool WarmUpDoor { get; set; } = true;

    /// <summary>
    /// Longest the door's warm-up over HTTP (<see cref="Http.DoorHttpWarmup"/>) may hold readiness back, if the runtime
    /// has not stopped compiling sooner. Default 20 s.
    /// </summary>
    public TimeSpan WarmUpLimit { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Most events the applier claims at once. Default 2,000.</summary>
    public int ApplyBatch { get; set; } = 2_000;

    /// <summary>Most dossiers applied in parallel within a batch. Default 64.</summary>
    public int ApplyParallelism { get; set; } = 64;

    /// <summary>
    /// Most dossiers applied in parallel while a door of this process is taking submissions in (or took one in the last
    /// second). Sources wait for their acknowledgement and applying can catch up, so the door goes first. Default 1;
    /// equal to <see cref="ApplyParallelism"/> to give the door no precedence.
    /// </summary>
    public int ApplyParallelismWhileIngesting { get; set; } = 1;

    /// <summary>
    /// The share of its time the applier works while a door of this process is taking submissions in: after each
    /// dossier it rests (1 - share) / share times as long as that dossier took (at most a second), so that at 0.25 it
    /// applies for at most a quarter of the time and leaves the CPU to the door and its acknowledgements. Default 0.25;
    /// 1 to give the door no more than <see cref="ApplyParallelismWhileIngesting"/>. Applying catches up at full width
    /// when intake pauses.
    /// </summary>
    public double ApplyShareWhileIngesting { get; set; } = 0.25;

    /// <summary>How long the applier sleeps when nothing is pending and nothing new was appended. Default 200 ms.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the applier waits after a failed batch before retrying it. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
