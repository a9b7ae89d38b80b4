namespace OpsHub.Ingest.Events;

/// <summary>
/// Anything ingest normalises: an event about a dossier (<see cref="IngestEvent"/>) or about a counter's queue
/// (<see cref="Counters.QueueEvent"/>).
/// </summary>
/// <param name="OccurredAt">When it happened at the source, with its offset.</param>
public abstract record IngestRecord(DateTimeOffset OccurredAt)
{
    /// <summary>What the record is about; records of one subject are applied in order of occurrence.</summary>
    public abstract string Subject { get; }
}
