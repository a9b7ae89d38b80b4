namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>What a counter learns from its one-stop shop's queue.</summary>
/// <param name="Kind">What happened: opened, closed, called, recalled, service-started, completed, no-show, transferred-out.</param>
/// <param name="At">When.</param>
/// <param name="Ticket">The ticket concerned, if any.</param>
/// <param name="Duration">The wait (for a call) or the time at the counter (for a completion or transfer).</param>
/// <param name="Staff">The officer, for an opening.</param>
/// <param name="Key">Unique per fact (journal number and position), so a fact delivered again is ignored.</param>
[GenerateSerializer, Immutable, Alias("opshub.counter-fact")]
public sealed record CounterFact(
    [property: Id(0)] string Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Ticket,
    [property: Id(3)] TimeSpan? Duration,
    [property: Id(4)] string? Staff,
    [property: Id(5)] string Key);
