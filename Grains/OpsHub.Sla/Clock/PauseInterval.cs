using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Clock;

/// <summary>One interval during which a dossier's clock did not run.</summary>
/// <param name="Reason">Supplement, payment or stop.</param>
/// <param name="Cycle">The SLA cycle it interrupted.</param>
/// <param name="Mode">What its end does to the clock (the procedure's pause mode at receipt).</param>
/// <param name="StartedAt">When the clock stopped.</param>
/// <param name="EndedAt">When the pause ended (processing resumed, another pause began, or the dossier closed); <c>null</c> while it lasts.</param>
/// <param name="PausedWorkingTime">Working time inside the interval; zero while it lasts.</param>
public sealed record PauseInterval(
    PauseReason Reason,
    int Cycle,
    PauseMode Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    TimeSpan PausedWorkingTime);
