namespace OpsHub.Ingest.Http;

/// <summary>A journaled event and where it stands: pending, applied, held (waiting for its receipt) or dead.</summary>
public sealed record JournaledEvent(long Seq, string Source, string EventId, string Subject, DateTimeOffset OccurredAt, string State, string? Reason, DateTimeOffset ReceivedAt, DateTimeOffset? AppliedAt);
