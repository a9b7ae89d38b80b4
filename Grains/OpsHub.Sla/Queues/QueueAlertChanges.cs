namespace OpsHub.Sla.Queues;

/// <summary>Alerts raised and resolved by one evaluation of a <see cref="WaitingRoom"/>.</summary>
/// <param name="Raised">Newly raised alerts.</param>
/// <param name="Resolved">Keys of alerts whose situation ended, with when.</param>
public sealed record QueueAlertChanges(IReadOnlyList<QueueAlert> Raised, IReadOnlyList<(string Key, DateTimeOffset At)> Resolved)
{
    public bool IsEmpty => Raised.Count == 0 && Resolved.Count == 0;
}
