using OpsHub.Ingest.Events;

namespace OpsHub.Ingest;

/// <summary>Where journaled events are applied. The host implements it; Ingest never knows what is behind it.</summary>
public interface IIngestSink
{
    /// <summary>
    /// Applies <paramref name="record"/>, journaled as <paramref name="journalSeq"/> (an event delivered again with
    /// the same number must come back a duplicate), and says what became of it.
    /// </summary>
    Task<SinkResult> AcceptAsync(IngestRecord record, long journalSeq, CancellationToken cancellationToken);
}
