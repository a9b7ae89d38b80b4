namespace OpsHub.Sla.Queues;

/// <summary>A fact for one counter, derived by the queue from an event.</summary>
/// <param name="Kind">What happened at the counter.</param>
/// <param name="Counter">The counter.</param>
/// <param name="At">When.</param>
/// <param name="Ticket">The ticket concerned, if any.</param>
/// <param name="Duration">The wait (for a call) or service time (for a completion or transfer).</param>
/// <param name="Staff">The officer, for an opening.</param>
/// <param name="Field">The ticket's field, when it has one.</param>
public sealed record DeskFact(DeskFactKind Kind, string Counter, DateTimeOffset At, string? Ticket = null, TimeSpan? Duration = null, string? Staff = null, string? Field = null);
