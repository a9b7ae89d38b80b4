using System.Text.Json;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

public sealed class TimelineTests
{
    [Fact]
    public void TimelineListsRunningAndPausedSegmentsWhenDossierWasPausedAndCompleted()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days")
            .StartStep("THAMDINH", Scenario.At("2026-11-23T09:30"), "Nguyễn Văn An", Scenario.Calendar).Clock
            .Move(SupplementRequested, "2026-11-23T10:00")
            .Move(InProcessing, "2026-11-23T15:00")
            .Move(ResultReady, "2026-11-25T10:00");

        var timeline = clock.Timeline();

        timeline.Segments.ShouldBe(
        [
            new ClockSegment(SegmentKind.Running, 1, Scenario.At("2026-11-23T09:00"), Scenario.At("2026-11-23T10:00"), null),
            new ClockSegment(SegmentKind.Paused, 1, Scenario.At("2026-11-23T10:00"), Scenario.At("2026-11-23T15:00"), PauseReason.Supplement),
            new ClockSegment(SegmentKind.Running, 1, Scenario.At("2026-11-23T15:00"), Scenario.At("2026-11-25T10:00"), null),
        ]);
        (timeline.InitialDueAt, timeline.DueAt, timeline.CurrentDueAt).ShouldBe(
            (Scenario.At("2026-11-26T09:00"), Scenario.At("2026-11-26T14:00"), Scenario.At("2026-11-26T14:00")));
        timeline.Timing.ShouldBe(CompletionTiming.Early);
        timeline.NextWakeUp.ShouldBeNull();
        timeline.Steps.Single().Owner.ShouldBe("Nguyễn Văn An");
        timeline.Thresholds.Select(t => t.At).ShouldBeInOrder();
        timeline.Thresholds.Single(t => t.Key == "c1/t0/warning-50").FiredAt.ShouldBe(Scenario.At("2026-11-25T10:00"));
    }

    [Fact]
    public void TimelineEndsWithOpenPauseWhenDossierIsWaitingForApplicant()
    {
        var timeline = Scenario.Start("2026-11-23T09:00", "3 working days").Move(AwaitingPayment, "2026-11-24T10:00").Timeline();

        timeline.Segments[^1].ShouldBe(new ClockSegment(SegmentKind.Paused, 1, Scenario.At("2026-11-24T10:00"), null, PauseReason.Payment));
        timeline.Pauses.Single().EndedAt.ShouldBeNull();
    }

    [Fact]
    public void TimelineNumbersSegmentsByCycleWhenClockRestarted()
    {
        var timeline = Scenario.Start("2026-11-23T09:00", "3 working days", PauseMode.Restart)
            .Move(SupplementRequested, "2026-11-23T10:00")
            .Move(InProcessing, "2026-11-24T10:00")
            .Timeline();

        timeline.Segments.Select(s => (s.Kind, s.Cycle)).ShouldBe([(SegmentKind.Running, 1), (SegmentKind.Paused, 1), (SegmentKind.Running, 2)]);
        timeline.Segments[^1].To.ShouldBeNull();
        timeline.Cycle.ShouldBe(2);
    }

    [Fact]
    public void ClockBehavesTheSameWhenPersistedAsJsonAndReadBack()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days", cutoff: null)
            .StartStep("THAMDINH", Scenario.At("2026-11-23T09:30"), "Nguyễn Văn An", Scenario.Calendar).Clock
            .Move(SupplementRequested, "2026-11-23T10:00")
            .IssueApology(Scenario.At("2026-11-23T11:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar).Clock;

        var json = JsonSerializer.Serialize(clock);
        var restored = JsonSerializer.Deserialize<DossierClock>(json).ShouldNotBeNull();

        JsonSerializer.Serialize(restored).ShouldBe(json);
        var next = (DossierClock c) => c.Move(InProcessing, "2026-11-24T09:00").Evaluate(Scenario.At("2026-12-01T09:00"));
        JsonSerializer.Serialize(next(restored)).ShouldBe(JsonSerializer.Serialize(next(clock)));
    }
}
