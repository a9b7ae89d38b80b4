namespace OpsHub.Sla.Queues;

/// <summary>The waiting-time alerts of a one-stop shop.</summary>
public enum QueueAlertKind
{
    /// <summary>A ticket has waited past the warning threshold of its field.</summary>
    WaitWarning = 1,

    /// <summary>A ticket has waited past the critical threshold of its field.</summary>
    WaitCritical = 2,

    /// <summary>A counter closed while people wait for it, or for a field no open counter serves.</summary>
    CounterClosedWithQueue = 3,
}
