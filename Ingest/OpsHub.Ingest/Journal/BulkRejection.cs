namespace OpsHub.Ingest.Journal;

/// <summary>A refused item of a bulk request.</summary>
/// <param name="Position">Its index in a JSON array, or its line number in NDJSON and CSV.</param>
/// <param name="Outcome"><c>invalid</c> or <c>unknown</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="Errors">Field errors, when there are.</param>
public sealed record BulkRejection(int Position, string Outcome, string Reason, IReadOnlyDictionary<string, string[]>? Errors);
