namespace OpsHub.Sla.Lifecycle;

/// <summary>How a status counts on the screens and for the SLA clock.</summary>
public enum StatusPhase
{
    /// <summary>Registered online, not received yet (1).</summary>
    NotReceived = 1,

    /// <summary>In progress, clock running (2, 4).</summary>
    InProgress = 2,

    /// <summary>Clock paused (5, 6, 8).</summary>
    Paused = 3,

    /// <summary>Done for timeliness (9, 10).</summary>
    Done = 4,

    /// <summary>Closed without a result (3, 7).</summary>
    Closed = 5,
}
