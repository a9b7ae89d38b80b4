using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Envelopes;

/// <summary>
/// One normalised record with the metadata the journal needs. <see cref="Source"/> and <see cref="Id"/> together
/// identify it: the same pair seen twice is a duplicate, whatever the record says.
/// </summary>
/// <param name="Source">The sending system (a CloudEvents <c>source</c>, <c>dvcqg</c> for the national portal, ...).</param>
/// <param name="Id">The event's id, unique within <paramref name="Source"/>.</param>
/// <param name="Sequence">Orders events of one dossier (or ticket) whose instants tie; <c>null</c> when not sent.</param>
/// <param name="Record">The normalised event.</param>
public sealed record IngestEnvelope(string Source, string Id, long? Sequence, IngestRecord Record);
