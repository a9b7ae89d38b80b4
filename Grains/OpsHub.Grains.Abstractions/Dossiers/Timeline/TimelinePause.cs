namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>A pause of the clock: supplement, payment or stop, and the working time it took.</summary>
[GenerateSerializer, Immutable, Alias("opshub.timeline-pause")]
public sealed record TimelinePause(
    [property: Id(0)] string Reason,
    [property: Id(1)] int Cycle,
    [property: Id(2)] string Mode,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset? EndedAt,
    [property: Id(5)] TimeSpan PausedWorkingTime);
