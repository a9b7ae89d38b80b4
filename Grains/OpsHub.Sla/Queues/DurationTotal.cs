namespace OpsHub.Sla.Queues;

/// <summary>A sum of durations and how many they were.</summary>
public sealed record DurationTotal(double Seconds, int Count)
{
    public static DurationTotal Zero { get; } = new(0, 0);

    /// <summary>The mean, or zero when there is nothing.</summary>
    public TimeSpan Mean => Count == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Seconds / Count);

    public DurationTotal Add(TimeSpan duration) => new(Seconds + duration.TotalSeconds, Count + 1);

    public static DurationTotal operator +(DurationTotal a, DurationTotal b) => new(a.Seconds + b.Seconds, a.Count + b.Count);
}
