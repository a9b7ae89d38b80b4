namespace OpsHub.Ingest.Envelopes;

/// <summary>The item is valid; its envelopes go to the journal in this order.</summary>
/// <param name="Position">Where the item was; see <see cref="ItemResult.Position"/>.</param>
/// <param name="Envelopes">
/// The events it stands for: exactly one for an event, one or more for a portal record (receipt, then later states).
/// </param>
public sealed record ItemAccepted(int Position, IReadOnlyList<IngestEnvelope> Envelopes) : ItemResult(Position);
