using OpsHub.Ingest.Events;

namespace OpsHub.Ingest;

/// <summary>Where validated events go. The host implements it; Ingest never knows what is behind it.</summary>
public interface IIngestSink
{
    /// <summary>Applies <paramref name="ingestEvent"/> and says what became of it.</summary>
    Task<SinkResult> AcceptAsync(IngestEvent ingestEvent, CancellationToken cancellationToken);
}
