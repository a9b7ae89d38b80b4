namespace OpsHub.Grains.Abstractions.Dossiers.Timeline;

/// <summary>An event refused as illegal for the dossier's state, kept so it is never silently lost.</summary>
/// <param name="Event">What was attempted, e.g. "status 9".</param>
/// <param name="At">The event's own instant.</param>
/// <param name="Reason">Why it was refused.</param>
/// <param name="RecordedAt">When OpsHub refused it.</param>
[GenerateSerializer, Immutable, Alias("opshub.timeline-refusal")]
public sealed record TimelineRefusal(
    [property: Id(0)] string Event,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset RecordedAt);
