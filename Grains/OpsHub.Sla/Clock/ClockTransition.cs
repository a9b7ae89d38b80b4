using System.Collections.Immutable;

namespace OpsHub.Sla.Clock;

/// <summary>
/// The result of driving a <see cref="DossierClock"/> with an event or an evaluation: the clock to keep, what
/// happened, and the alerts to raise and to resolve (in that order; one alert may be in both).
/// </summary>
/// <param name="Clock">The clock after the event; the same instance when nothing changed.</param>
/// <param name="Outcome">Applied, unchanged or refused.</param>
/// <param name="Reason">Why the event was refused; <c>null</c> otherwise.</param>
/// <param name="Raised">Thresholds newly reached, in the order they were reached.</param>
/// <param name="Resolved">Alerts that the event resolved.</param>
public sealed record ClockTransition(
    DossierClock Clock,
    TransitionOutcome Outcome,
    string? Reason,
    ImmutableArray<SlaThreshold> Raised,
    ImmutableArray<SlaThreshold> Resolved)
{
    /// <summary>Whether the event changed the clock.</summary>
    public bool IsApplied => Outcome == TransitionOutcome.Applied;

    internal static ClockTransition Refused(DossierClock clock, string reason) => new(clock, TransitionOutcome.Refused, reason, [], []);

    internal static ClockTransition Unchanged(DossierClock clock) => new(clock, TransitionOutcome.Unchanged, null, [], []);
}
