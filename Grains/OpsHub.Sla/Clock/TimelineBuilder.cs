using System.Collections.Immutable;

namespace OpsHub.Sla.Clock;

/// <summary>Turns a clock's state into its <see cref="SlaTimeline"/>.</summary>
internal static class TimelineBuilder
{
    public static SlaTimeline Build(DossierClock clock) => new(
        clock.Terms,
        clock.Status,
        clock.Cycle,
        clock.ReceivedAt,
        clock.ClockStartedAt,
        clock.InitialDueAt,
        clock.DueAt,
        clock.CurrentDueAt,
        clock.CompletedAt,
        clock.ReturnedAt,
        clock.ClosedAt,
        clock.Timing,
        clock.NextWakeUp,
        Segments(clock),
        clock.Pauses,
        clock.Apologies,
        [.. clock.Thresholds.OrderBy(t => t.At).ThenBy(t => t.Cycle)],
        clock.Steps);

    private static ImmutableArray<ClockSegment> Segments(DossierClock clock)
    {
        var segments = ImmutableArray.CreateBuilder<ClockSegment>();
        DateTimeOffset? cursor = clock.ClockStartedAt;
        foreach (var pause in clock.Pauses)
        {
            if (cursor is { } from && pause.StartedAt > from)
            {
                segments.Add(new ClockSegment(SegmentKind.Running, pause.Cycle, from, pause.StartedAt, null));
            }

            segments.Add(new ClockSegment(SegmentKind.Paused, pause.Cycle, pause.StartedAt, pause.EndedAt, pause.Reason));
            cursor = pause.EndedAt;
        }

        if (cursor is { } last && (clock.ClosedAt is null || clock.ClosedAt > last))
        {
            segments.Add(new ClockSegment(SegmentKind.Running, clock.Cycle, last, clock.ClosedAt, null));
        }

        return segments.ToImmutable();
    }
}
