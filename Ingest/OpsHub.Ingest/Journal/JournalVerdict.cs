namespace OpsHub.Ingest.Journal;

/// <summary>What applying a journaled event came to.</summary>
public sealed record JournalVerdict(long Seq, JournalState State, string? Reason = null);
