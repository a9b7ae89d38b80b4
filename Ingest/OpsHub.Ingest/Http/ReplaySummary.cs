namespace OpsHub.Ingest.Http;

/// <summary>What a dead-letter replay did.</summary>
/// <param name="Requeued">Journaled events made pending again (they are re-applied shortly).</param>
/// <param name="Resubmitted">Door dead letters sent through the door again.</param>
/// <param name="Outcomes">The door's verdicts on those, by outcome.</param>
public sealed record ReplaySummary(int Requeued, int Resubmitted, IReadOnlyDictionary<string, int> Outcomes);
