namespace OpsHub.Sla.Clock;

/// <summary>What the clock did with an event.</summary>
public enum TransitionOutcome
{
    /// <summary>The event changed the clock.</summary>
    Applied = 1,

    /// <summary>Nothing changed: a repeat of an applied event, or nothing was due.</summary>
    Unchanged = 2,

    /// <summary>The event is illegal now; nothing changed and the reason says why.</summary>
    Refused = 3,
}
