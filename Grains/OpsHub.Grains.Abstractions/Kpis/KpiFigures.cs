namespace OpsHub.Grains.Abstractions.Kpis;

/// <summary>
/// A unit's KPI figures for one period, summed over its subtree. Counts of the period; gauges (in progress, paused,
/// due soon, overdue) as of now. A share OpsHub cannot observe is <c>null</c>: not measured.
/// </summary>
[GenerateSerializer, Immutable, Alias("opshub.kpi-figures")]
public sealed record KpiFigures(
    [property: Id(0)] long Received,
    [property: Id(1)] long ReceivedAtCounter,
    [property: Id(2)] long ReceivedOnline,
    [property: Id(3)] long ReceivedByPost,
    [property: Id(4)] long DoneEarly,
    [property: Id(5)] long DoneOnTime,
    [property: Id(6)] long DoneLate,
    [property: Id(7)] long Withdrawn,
    [property: Id(8)] long InProgress,
    [property: Id(9)] long InProgressWithinDeadline,
    [property: Id(10)] long Paused,
    [property: Id(11)] long DueSoon,
    [property: Id(12)] long Overdue,
    [property: Id(13)] long RatedVerySatisfied,
    [property: Id(14)] long RatedSatisfied,
    [property: Id(15)] long RatedNotSatisfied,
    [property: Id(16)] double? OnTimeRate,
    [property: Id(17)] double? OnlineShare,
    [property: Id(18)] double? SatisfactionRate,
    [property: Id(19)] double? FullOnlineShare,
    [property: Id(20)] double? PaidOnlineShare,
    [property: Id(21)] double? DigitisedShare,
    [property: Id(22)] double? ElectronicResultShare);
