namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>A stretch of the clock: "running" or "paused".</summary>
[GenerateSerializer, Immutable, Alias("opshub.timeline-segment")]
public sealed record TimelineSegment(
    [property: Id(0)] string Kind,
    [property: Id(1)] int Cycle,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset? To,
    [property: Id(4)] string? Reason);
