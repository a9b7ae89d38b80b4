namespace OpsHub.Sla.Queues;

/// <summary>What applying one event to a <see cref="WaitingRoom"/> did.</summary>
/// <param name="Refusal">Why the event was refused; <c>null</c> when it was applied.</param>
/// <param name="Facts">What each counter concerned must learn, in order.</param>
public sealed record RoomStep(string? Refusal, IReadOnlyList<DeskFact> Facts)
{
    public static RoomStep Refuse(string reason) => new(reason, []);
}
