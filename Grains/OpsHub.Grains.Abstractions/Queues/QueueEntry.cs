namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>One event of a one-stop shop's queue: a counter opening or closing, or a ticket moving on.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When, at the source.</param>
/// <param name="Counter">The counter concerned (the one a transfer leaves); for an issue, the counter chosen, if any.</param>
/// <param name="Ticket">The ticket's number, for ticket events.</param>
/// <param name="Field">For an issue, the field (lĩnh vực) chosen, if any.</param>
/// <param name="Priority">For an issue, the priority category, if any.</param>
/// <param name="ToCounter">For a transfer, the counter the ticket goes to.</param>
/// <param name="Staff">For a counter opening or closing, the officer, if named.</param>
/// <param name="JournalSeq">The ingest journal's number for the event; an event delivered again is a duplicate.</param>
[GenerateSerializer, Immutable, Alias("opshub.queue-entry")]
public sealed record QueueEntry(
    [property: Id(0)] QueueEntryKind Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? Counter,
    [property: Id(3)] string? Ticket,
    [property: Id(4)] string? Field,
    [property: Id(5)] string? Priority,
    [property: Id(6)] string? ToCounter,
    [property: Id(7)] string? Staff,
    [property: Id(8)] long JournalSeq);
