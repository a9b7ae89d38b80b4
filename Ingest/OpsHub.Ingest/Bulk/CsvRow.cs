namespace OpsHub.Ingest.Bulk;

/// <summary>One CSV record: its fields and the 1-based line on which it starts.</summary>
/// <param name="Line">The line on which the record starts.</param>
/// <param name="Fields">The fields, unquoted.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
