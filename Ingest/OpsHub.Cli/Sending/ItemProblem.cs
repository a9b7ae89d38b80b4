namespace OpsHub.Cli.Sending;

/// <summary>A refused item of a bulk answer.</summary>
/// <param name="Position">As OpsHub counts it: a line number of the body (NDJSON, CSV) or an array index (CloudEvents).</param>
/// <param name="Reason">Why it was refused.</param>
internal sealed record ItemProblem(int Position, string Reason);
