namespace OpsHub.Ingest.Journal;

/// <summary>Where a journaled event stands.</summary>
public enum JournalState
{
    /// <summary>Committed, not yet applied.</summary>
    Pending = 0,

    /// <summary>Applied (or found applied before).</summary>
    Applied = 1,

    /// <summary>Waiting for its dossier's receipt; applied when the receipt is.</summary>
    Held = 2,

    /// <summary>Refused when applied; kept with its reason for ops to read and replay.</summary>
    Dead = 3,
}
