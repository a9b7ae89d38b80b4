using System.Collections.Concurrent;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;

namespace OpsHub.Cli.Tests;

/// <summary>
/// A sink behind the real ingest endpoint that refuses, like OpsHub, an event of a dossier earlier than its last
/// one, a dossier's events before its receipt, and anything after it was returned.
/// </summary>
internal sealed class OrderCheckingSink : IIngestSink
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Last, bool Returned)> _dossiers = new(StringComparer.Ordinal);

    public ConcurrentQueue<IngestEvent> Applied { get; } = new();

    public Task<SinkResult> AcceptAsync(IngestRecord record, long journalSeq, CancellationToken cancellationToken)
    {
        if (record is not IngestEvent ingestEvent)
        {
            // Queue events carry no dossier order to check.
            return Task.FromResult(SinkResult.Applied);
        }

        var known = _dossiers.TryGetValue(ingestEvent.DossierCode, out var state);
        if (!known && ingestEvent is not DossierReceived)
        {
            return Task.FromResult(SinkResult.Conflict($"{ingestEvent.DossierCode} was never received."));
        }

        if (known && (ingestEvent is DossierReceived || state.Returned || ingestEvent.OccurredAt < state.Last))
        {
            return Task.FromResult(SinkResult.Conflict($"{ingestEvent.DossierCode}: out of order."));
        }

        _dossiers[ingestEvent.DossierCode] = (ingestEvent.OccurredAt, ingestEvent is DossierStatusChanged { Status: 10 });
        Applied.Enqueue(ingestEvent);
        return Task.FromResult(SinkResult.Applied);
    }
}
