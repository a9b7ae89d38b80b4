using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>A one-stop shop's queue at an instant.</summary>
/// <param name="UnitCode">The one-stop shop (unit).</param>
/// <param name="At">The instant the figures are for.</param>
/// <param name="Version">Increases with every change; lets observers drop stale snapshots.</param>
/// <param name="Waiting">People waiting in all.</param>
/// <param name="Fields">Each field served.</param>
/// <param name="Counters">Each counter, with what it serves now.</param>
[GenerateSerializer, Immutable, Alias("opshub.queue-snapshot")]
public sealed record QueueSnapshot(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] long Version,
    [property: Id(3)] int Waiting,
    [property: Id(4)] ImmutableArray<FieldQueueView> Fields,
    [property: Id(5)] ImmutableArray<NowServing> Counters);
