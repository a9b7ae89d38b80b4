using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>One field of a one-stop shop: who serves it, who waits, and the estimated wait for a new ticket.</summary>
/// <param name="Field">The field's code.</param>
/// <param name="FieldName">Its Vietnamese name.</param>
/// <param name="Counters">Configured counters serving it.</param>
/// <param name="OpenCounters">Those open now.</param>
/// <param name="Waiting">People waiting for it.</param>
/// <param name="LongestWait">The longest current wait.</param>
/// <param name="EstimatedWait">Estimated wait of a ticket issued now; <c>null</c> when no serving counter is open.</param>
/// <param name="ServiceTime">The recent mean service time behind the estimate.</param>
/// <param name="Next">The next tickets in calling order.</param>
[GenerateSerializer, Immutable, Alias("opshub.field-queue")]
public sealed record FieldQueueView(
    [property: Id(0)] string Field,
    [property: Id(1)] string FieldName,
    [property: Id(2)] ImmutableArray<string> Counters,
    [property: Id(3)] ImmutableArray<string> OpenCounters,
    [property: Id(4)] int Waiting,
    [property: Id(5)] TimeSpan LongestWait,
    [property: Id(6)] TimeSpan? EstimatedWait,
    [property: Id(7)] TimeSpan ServiceTime,
    [property: Id(8)] ImmutableArray<string> Next);
