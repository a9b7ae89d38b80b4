namespace OpsHub.Sla.Queues;

/// <summary>One field of a one-stop shop at an instant: who serves it, who waits, and how long a new ticket would wait.</summary>
/// <param name="Field">The field code.</param>
/// <param name="Counters">The configured counters that serve it.</param>
/// <param name="OpenCounters">Those of them open now.</param>
/// <param name="Waiting">Tickets waiting for it.</param>
/// <param name="LongestWait">The longest current wait among them.</param>
/// <param name="EstimatedWait">
/// The estimated wait of a ticket issued now: those waiting times the recent mean service time, shared by the open
/// counters; <c>null</c> when no counter serving the field is open.
/// </param>
/// <param name="ServiceTime">The mean service time used for the estimate.</param>
/// <param name="Next">The next tickets in calling order, at most five.</param>
public sealed record FieldLine(
    string Field,
    IReadOnlyList<string> Counters,
    IReadOnlyList<string> OpenCounters,
    int Waiting,
    TimeSpan LongestWait,
    TimeSpan? EstimatedWait,
    TimeSpan ServiceTime,
    IReadOnlyList<string> Next);
