namespace OpsHub.Sla.Queues;

/// <summary>A measured duration: a wait or a service that ended at <paramref name="At"/>.</summary>
/// <param name="At">When it ended.</param>
/// <param name="Seconds">How long it took.</param>
/// <param name="Field">The field it belongs to, when known.</param>
public sealed record TimedSample(DateTimeOffset At, double Seconds, string? Field = null);
