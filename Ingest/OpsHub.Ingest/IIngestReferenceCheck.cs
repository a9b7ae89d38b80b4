using OpsHub.Ingest.Events;

namespace OpsHub.Ingest;

/// <summary>Checks what only the host knows (its units, its procedure catalogue) before an event is journaled.</summary>
public interface IIngestReferenceCheck
{
    /// <summary>Why <paramref name="record"/> names something unknown, or <c>null</c> when it does not.</summary>
    string? FindProblem(IngestRecord record);
}
