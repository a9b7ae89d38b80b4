namespace OpsHub.Ingest.Journal;

/// <summary>What the door did with one item.</summary>
/// <param name="Outcome">accepted, duplicate, invalid (bad fields) or unknown (names an unknown unit or procedure).</param>
/// <param name="Seq">The journal sequence number of an accepted item.</param>
/// <param name="Subject">The dossier it is about, when known.</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Errors">Field errors of an invalid item.</param>
public sealed record DoorResult(string Outcome, long? Seq, string? Subject, string? Reason, IReadOnlyDictionary<string, string[]>? Errors)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Invalid = "invalid";
    public const string Unknown = "unknown";

    /// <summary>The sending source may not write for the unit the item names.</summary>
    public const string OutOfScope = "out-of-scope";
}
