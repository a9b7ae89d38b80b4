using System.Collections.Immutable;

namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>The story of a dossier's SLA clock, as the API returns it.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="Status">Its portal status now.</param>
/// <param name="ProcessingTime">The processing time it was received under, e.g. "2 working days".</param>
/// <param name="PauseMode">"resume" or "restart": what the end of a pause does.</param>
/// <param name="Cycle">The current SLA cycle.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="ClockStartedAt">When its clock first started.</param>
/// <param name="InitialDueAt">The due instant on the receipt slip.</param>
/// <param name="DueAt">The legal due instant now: the timeliness yardstick.</param>
/// <param name="CurrentDueAt">The date that drives alerts (the latest apology's, else the legal one).</param>
/// <param name="CompletedAt">When the result was ready.</param>
/// <param name="ClosedAt">When the clock stopped for good.</param>
/// <param name="Timeliness">Early, on time or late, once completed.</param>
/// <param name="NextWakeUp">The next pending threshold while the clock runs.</param>
/// <param name="Segments">Running and paused stretches, in order.</param>
/// <param name="Pauses">Every pause.</param>
/// <param name="Apologies">Every apology slip.</param>
/// <param name="Thresholds">Every alert threshold with its instant and when it fired.</param>
/// <param name="Steps">Every internal step run with its owner and deadline.</param>
/// <param name="Refusals">Events refused as illegal, with their reasons (most recent last).</param>
[GenerateSerializer, Immutable, Alias("opshub.dossier-timeline")]
public sealed record DossierTimeline(
    [property: Id(0)] string DossierCode,
    [property: Id(1)] string ProcedureCode,
    [property: Id(2)] string UnitCode,
    [property: Id(3)] DossierStatus Status,
    [property: Id(4)] string ProcessingTime,
    [property: Id(5)] string PauseMode,
    [property: Id(6)] int Cycle,
    [property: Id(7)] DateTimeOffset ReceivedAt,
    [property: Id(8)] DateTimeOffset ClockStartedAt,
    [property: Id(9)] DateTimeOffset InitialDueAt,
    [property: Id(10)] DateTimeOffset DueAt,
    [property: Id(11)] DateTimeOffset CurrentDueAt,
    [property: Id(12)] DateTimeOffset? CompletedAt,
    [property: Id(13)] DateTimeOffset? ClosedAt,
    [property: Id(14)] Timeliness? Timeliness,
    [property: Id(15)] DateTimeOffset? NextWakeUp,
    [property: Id(16)] ImmutableArray<TimelineSegment> Segments,
    [property: Id(17)] ImmutableArray<TimelinePause> Pauses,
    [property: Id(18)] ImmutableArray<TimelineApology> Apologies,
    [property: Id(19)] ImmutableArray<TimelineThreshold> Thresholds,
    [property: Id(20)] ImmutableArray<TimelineStep> Steps,
    [property: Id(21)] ImmutableArray<TimelineRefusal> Refusals);
