namespace OpsHub.Sla.Queues;

/// <summary>A counter's live figures at an instant. Means are <c>null</c> when nothing was measured.</summary>
/// <param name="Open">Whether it is open.</param>
/// <param name="Staff">The officer on duty, if named.</param>
/// <param name="NowServing">The ticket called to it or in service, if any.</param>
/// <param name="NowServingSince">Since when that ticket is at the counter.</param>
/// <param name="CalledToday">Tickets called for the first time today.</param>
/// <param name="ServedToday">Tickets whose service completed today.</param>
/// <param name="ServedLastHour">Tickets whose service completed in the last hour: the served-per-hour rate.</param>
/// <param name="NoShowsToday">Tickets marked no-show today (and not recalled).</param>
/// <param name="NoShowRate">No-shows as a share of tickets called today.</param>
/// <param name="RecallsToday">Calls of a ticket already called.</param>
/// <param name="TransfersToday">Tickets sent on to another counter today.</param>
/// <param name="AverageWaitToday">Mean wait of the tickets it called today.</param>
/// <param name="AverageWaitLastHour">The same over the last hour.</param>
/// <param name="AverageServiceToday">Mean service time of its completed tickets today.</param>
/// <param name="AverageServiceLastHour">The same over the last hour.</param>
/// <param name="DossiersReceivedToday">Dossiers received at this counter today.</param>
public sealed record CounterFigures(
    bool Open,
    string? Staff,
    string? NowServing,
    DateTimeOffset? NowServingSince,
    int CalledToday,
    int ServedToday,
    int ServedLastHour,
    int NoShowsToday,
    double? NoShowRate,
    int RecallsToday,
    int TransfersToday,
    TimeSpan? AverageWaitToday,
    TimeSpan? AverageWaitLastHour,
    TimeSpan? AverageServiceToday,
    TimeSpan? AverageServiceLastHour,
    int DossiersReceivedToday);
