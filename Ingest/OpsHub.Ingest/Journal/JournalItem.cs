namespace OpsHub.Ingest.Journal;

/// <summary>An event accepted at a door, as it is written to the journal.</summary>
/// <param name="Source">Who sent it; with <paramref name="EventId"/> the idempotency key.</param>
/// <param name="EventId">The event's id, unique per source.</param>
/// <param name="Subject">The dossier (or counter) it is about: events of one subject apply in order.</param>
/// <param name="OccurredAt">When it happened at the source.</param>
/// <param name="Sequence">The source's ordering hint when instants tie.</param>
/// <param name="Format">How <paramref name="Payload"/> is read back: <see cref="JournalFormats"/>.</param>
/// <param name="Payload">The item as the source sent it.</param>
public sealed record JournalItem(string Source, string EventId, string Subject, DateTimeOffset OccurredAt, long? Sequence, string Format, string Payload);
