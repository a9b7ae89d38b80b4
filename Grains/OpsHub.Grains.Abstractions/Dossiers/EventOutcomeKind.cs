namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>The kinds of <see cref="EventOutcome"/>.</summary>
[GenerateSerializer, Alias("opshub.event-outcome-kind")]
public enum EventOutcomeKind
{
    /// <summary>The event changed the grain's state.</summary>
    Applied = 1,

    /// <summary>The event had already been applied; nothing changed.</summary>
    Duplicate = 2,

    /// <summary>The event is illegal in the grain's current state; nothing changed.</summary>
    Refused = 3,

    /// <summary>The event came before its dossier's receipt; it should be held and applied after the receipt.</summary>
    AwaitingReceipt = 4,
}
