namespace OpsHub.Ingest.Envelopes;

/// <summary>
/// What became of one item of a request or file: <see cref="ItemAccepted"/> or <see cref="ItemRejected"/>.
/// One bad item never fails its neighbours.
/// </summary>
/// <param name="Position">
/// Where the item was: the 0-based index in a JSON array (0 for a single object), the 1-based line number in NDJSON,
/// or the 1-based line on which a CSV record starts (the header is line 1, so the first record is usually line 2).
/// </param>
public abstract record ItemResult(int Position);
