namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>A counter as the waiting room sees it: open or not, and the ticket it serves.</summary>
/// <param name="Counter">The counter's code.</param>
/// <param name="Name">Its display name, for example "Quầy 3".</param>
/// <param name="Open">Whether it is open.</param>
/// <param name="Ticket">The ticket called to it or in service, if any.</param>
/// <param name="Since">When that ticket was called.</param>
/// <param name="Waiting">People waiting who this counter may call.</param>
/// <param name="LongestWait">The longest current wait among them.</param>
[GenerateSerializer, Immutable, Alias("opshub.now-serving")]
public sealed record NowServing(
    [property: Id(0)] string Counter,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Open,
    [property: Id(3)] string? Ticket,
    [property: Id(4)] DateTimeOffset? Since,
    [property: Id(5)] int Waiting,
    [property: Id(6)] TimeSpan LongestWait);
