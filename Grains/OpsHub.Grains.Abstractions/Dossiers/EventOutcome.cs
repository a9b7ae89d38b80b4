namespace OpsHub.Grains.Abstractions.Dossiers;

/// <summary>What a grain did with an event.</summary>
/// <param name="Kind">Applied, duplicate or refused.</param>
/// <param name="Reason">Why it was refused; <c>null</c> otherwise.</param>
[GenerateSerializer, Immutable, Alias("opshub.event-outcome")]
public sealed record EventOutcome(
    [property: Id(0)] EventOutcomeKind Kind,
    [property: Id(1)] string? Reason = null)
{
    /// <summary>The event changed the grain's state.</summary>
    public static EventOutcome Applied { get; } = new(EventOutcomeKind.Applied);

    /// <summary>The event had already been applied.</summary>
    public static EventOutcome Duplicate { get; } = new(EventOutcomeKind.Duplicate);

    /// <summary>The event came before the dossier's receipt.</summary>
    public static EventOutcome AwaitingReceipt(string reason) => new(EventOutcomeKind.AwaitingReceipt, reason);

    /// <summary>The event is illegal in the grain's current state.</summary>
    public static EventOutcome Refused(string reason) => new(EventOutcomeKind.Refused, reason);
}
