using System.Collections.Immutable;
using OpsHub.Sla.Lifecycle;

namespace OpsHub.Sla.Clock;

/// <summary>The story of a dossier's SLA clock as people read it (and the HTTP API returns it).</summary>
/// <param name="Terms">The rules it was received under.</param>
/// <param name="Status">The portal status now.</param>
/// <param name="Cycle">The current SLA cycle.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="ClockStartedAt">When its clock first started.</param>
/// <param name="InitialDueAt">The due instant on the receipt slip.</param>
/// <param name="DueAt">The legal due instant now (moved by pauses, renewed by a restart): the timeliness yardstick.</param>
/// <param name="CurrentDueAt">The date that drives alerts: the latest apology's, else <paramref name="DueAt"/>.</param>
/// <param name="CompletedAt">When the result was ready.</param>
/// <param name="ReturnedAt">When the result was handed back.</param>
/// <param name="ClosedAt">When the clock stopped for good.</param>
/// <param name="Timing">Early, on time or late, once completed.</param>
/// <param name="NextWakeUp">The next pending threshold, while the clock runs.</param>
/// <param name="Segments">Running and paused stretches, in order.</param>
/// <param name="Pauses">Every pause.</param>
/// <param name="Apologies">Every apology slip.</param>
/// <param name="Thresholds">Every threshold with its instant, state and when it fired, in instant order.</param>
/// <param name="Steps">Every step run with its owner and deadline.</param>
public sealed record SlaTimeline(
    SlaTerms Terms,
    PortalStatus Status,
    int Cycle,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ClockStartedAt,
    DateTimeOffset InitialDueAt,
    DateTimeOffset DueAt,
    DateTimeOffset CurrentDueAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset? ClosedAt,
    CompletionTiming? Timing,
    DateTimeOffset? NextWakeUp,
    ImmutableArray<ClockSegment> Segments,
    ImmutableArray<PauseInterval> Pauses,
    ImmutableArray<Apology> Apologies,
    ImmutableArray<SlaThreshold> Thresholds,
    ImmutableArray<StepRun> Steps);
