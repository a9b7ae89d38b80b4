namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>A run of an internal step: who owns it, its budget and deadline.</summary>
[GenerateSerializer, Immutable, Alias("opshub.timeline-step")]
public sealed record TimelineStep(
    [property: Id(0)] int Number,
    [property: Id(1)] string Code,
    [property: Id(2)] string Name,
    [property: Id(3)] string Department,
    [property: Id(4)] string? Officer,
    [property: Id(5)] string Budget,
    [property: Id(6)] DateTimeOffset StartedAt,
    [property: Id(7)] DateTimeOffset DeadlineAt,
    [property: Id(8)] DateTimeOffset? FinishedAt);
