namespace OpsHub.Ingest.Journal;

/// <summary>A journaled event with its sequence number, state and reason.</summary>
public sealed record JournalEntry(long Seq, JournalItem Item, JournalState State, DateTimeOffset ReceivedAt, DateTimeOffset? AppliedAt, string? Reason);
