using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Journal;

/// <summary>One item as a door read it: its raw payload, and either the event it holds or what is wrong with it.</summary>
/// <param name="Format">The payload's format (<see cref="JournalFormats"/>).</param>
/// <param name="Payload">The item as sent.</param>
/// <param name="Event">The event (a dossier, rating or queue record), when the item is valid.</param>
/// <param name="EventId">The source's id for it; <c>null</c> to derive one from the payload.</param>
/// <param name="Sequence">The source's ordering hint.</param>
/// <param name="Errors">Field errors, when the item is invalid.</param>
/// <param name="Source">Its own source (a CloudEvent's), when it differs from the request's.</param>
public sealed record DoorItem(string Format, string Payload, IngestRecord? Event, string? EventId, long? Sequence, IReadOnlyDictionary<string, string[]>? Errors, string? Source = null);
