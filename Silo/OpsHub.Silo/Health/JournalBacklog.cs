namespace OpsHub.Silo.Health;

/// <summary>Journaled events not yet applied: how many, and when the oldest of them was received (<c>null</c> if none).</summary>
public sealed record JournalBacklog(long Pending, DateTimeOffset? OldestReceivedAt);
