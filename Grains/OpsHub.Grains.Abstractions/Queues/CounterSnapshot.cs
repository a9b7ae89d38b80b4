using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>A counter's live figures. Means are <c>null</c> when nothing was measured yet today.</summary>
/// <param name="UnitCode">Its one-stop shop.</param>
/// <param name="Counter">Its code.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Fields">Fields it serves (empty: all).</param>
/// <param name="At">The instant the figures are for.</param>
/// <param name="Open">Whether it is open.</param>
/// <param name="Staff">Officer on duty, if named.</param>
/// <param name="NowServing">Ticket at the counter, if any.</param>
/// <param name="NowServingSince">Since when.</param>
/// <param name="CalledToday">Tickets called today.</param>
/// <param name="ServedToday">Tickets served today.</param>
/// <param name="ServedLastHour">Tickets served in the last hour (the served-per-hour rate).</param>
/// <param name="NoShowsToday">No-shows today.</param>
/// <param name="NoShowRate">No-shows as a share of tickets called today.</param>
/// <param name="RecallsToday">Calls of a ticket already called.</param>
/// <param name="TransfersToday">Tickets sent on to another counter.</param>
/// <param name="AverageWaitToday">Mean wait of the tickets it called today.</param>
/// <param name="AverageWaitLastHour">The same over the last hour.</param>
/// <param name="AverageServiceToday">Mean service time today.</param>
/// <param name="AverageServiceLastHour">The same over the last hour.</param>
/// <param name="DossiersReceivedToday">Dossiers received at the counter today.</param>
/// <param name="Procedures">Procedures it receives when narrower than its fields (empty: all of its fields').</param>
[GenerateSerializer, Immutable, Alias("opshub.counter-snapshot")]
public sealed record CounterSnapshot(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] string Counter,
    [property: Id(2)] string Name,
    [property: Id(3)] ImmutableArray<string> Fields,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] bool Open,
    [property: Id(6)] string? Staff,
    [property: Id(7)] string? NowServing,
    [property: Id(8)] DateTimeOffset? NowServingSince,
    [property: Id(9)] int CalledToday,
    [property: Id(10)] int ServedToday,
    [property: Id(11)] int ServedLastHour,
    [property: Id(12)] int NoShowsToday,
    [property: Id(13)] double? NoShowRate,
    [property: Id(14)] int RecallsToday,
    [property: Id(15)] int TransfersToday,
    [property: Id(16)] TimeSpan? AverageWaitToday,
    [property: Id(17)] TimeSpan? AverageWaitLastHour,
    [property: Id(18)] TimeSpan? AverageServiceToday,
    [property: Id(19)] TimeSpan? AverageServiceLastHour,
    [property: Id(20)] int DossiersReceivedToday,
    [property: Id(21)] ImmutableArray<string> Procedures = default);
