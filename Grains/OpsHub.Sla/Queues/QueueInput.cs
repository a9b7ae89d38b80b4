namespace OpsHub.Sla.Queues;

/// <summary>One queue event, as the queue model takes it.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Counter">The counter concerned (the one a transfer leaves); for an issue, the counter chosen, if any.</param>
/// <param name="Ticket">The ticket concerned.</param>
/// <param name="Field">For an issue, the field chosen, if any.</param>
/// <param name="Priority">For an issue, the priority category, if any.</param>
/// <param name="ToCounter">For a transfer, the counter it goes to.</param>
/// <param name="Staff">For a counter opening or closing, the officer, if named.</param>
public sealed record QueueInput(
    QueueInputKind Kind,
    DateTimeOffset At,
    string? Counter,
    string? Ticket = null,
    string? Field = null,
    string? Priority = null,
    string? ToCounter = null,
    string? Staff = null);
