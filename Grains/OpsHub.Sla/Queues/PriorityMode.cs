namespace OpsHub.Sla.Queues;

/// <summary>How priority tickets (elderly, disabled, pregnant, ...) are ordered against the others.</summary>
public enum PriorityMode
{
    /// <summary>Every waiting priority ticket goes before every other ticket.</summary>
    Strict = 1,

    /// <summary>
    /// Priority tickets go first, but after <see cref="QueuePolicy.PriorityRun"/> priority calls in a row for a field
    /// the longest-waiting other ticket goes next, so a stream of priority tickets cannot starve the others.
    /// </summary>
    Interleave = 2,
}
