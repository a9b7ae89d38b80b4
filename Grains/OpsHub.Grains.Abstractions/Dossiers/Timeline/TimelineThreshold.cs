namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>An alert threshold: its key, kind, instant, state (pending, open, resolved, cancelled) and when it fired.</summary>
[GenerateSerializer, Immutable, Alias("opshub.timeline-threshold")]
public sealed record TimelineThreshold(
    [property: Id(0)] string Key,
    [property: Id(1)] Alerts.AlertKind Kind,
    [property: Id(2)] int Cycle,
    [property: Id(3)] decimal? Fraction,
    [property: Id(4)] string? StepCode,
    [property: Id(5)] string? Owner,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] string State,
    [property: Id(8)] DateTimeOffset? FiredAt,
    [property: Id(9)] DateTimeOffset? ResolvedAt);
