namespace OpsHub.Sla.Queues;

/// <summary>A field's own waiting-time thresholds; what is left out falls back to <see cref="QueueOptions"/>.</summary>
public sealed class FieldWaitOptions
{
    public TimeSpan? WarningAfter { get; set; }

    public TimeSpan? CriticalAfter { get; set; }
}
