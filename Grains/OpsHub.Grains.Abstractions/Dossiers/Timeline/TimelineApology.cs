namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>An apology slip and the date it promised.</summary>
[GenerateSerializer, Immutable, Alias("opshub.timeline-apology")]
public sealed record TimelineApology(
    [property: Id(0)] int Cycle,
    [property: Id(1)] int Number,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset PromisedAt);
