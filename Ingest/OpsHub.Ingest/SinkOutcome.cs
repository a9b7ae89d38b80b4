namespace OpsHub.Ingest;

/// <summary>The kinds of <see cref="SinkResult"/>.</summary>
public enum SinkOutcome
{
    /// <summary>The event changed what OpsHub knows.</summary>
    Applied = 1,

    /// <summary>The event had been applied before; nothing changed.</summary>
    Duplicate = 2,

    /// <summary>The event contradicts what is already known (for example a second, different receipt).</summary>
    Conflict = 3,

    /// <summary>The event refers to something OpsHub does not know (for example an unknown unit).</summary>
    Invalid = 4,

    /// <summary>The event came before its dossier's receipt: hold it until the receipt is applied.</summary>
    AwaitingReceipt = 5,
}
