namespace OpsHub.Sla.Clock;

/// <summary>One stretch of a dossier's clock, running or paused.</summary>
/// <param name="Kind">Running or paused.</param>
/// <param name="Cycle">The SLA cycle it belongs to.</param>
/// <param name="From">Where it begins.</param>
/// <param name="To">Where it ends; <c>null</c> while it lasts.</param>
/// <param name="Reason">Why the clock was paused; <c>null</c> for a running segment.</param>
public sealed record ClockSegment(SegmentKind Kind, int Cycle, DateTimeOffset From, DateTimeOffset? To, PauseReason? Reason);
