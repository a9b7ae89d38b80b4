using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Completion (9, or 10 directly) is classified by calendar date in Vietnam against the due date.</summary>
public sealed class CompletionTests
{
    // Received Monday 23 Nov 09:00 with one working day: due Tuesday 24 09:00.
    private static readonly DossierClock Clock = Scenario.Start("2026-11-23T09:00", "1 working day");

    [Theory]
    [InlineData("2026-11-23T16:00:00+07:00", CompletionTiming.Early)]
    [InlineData("2026-11-24T08:00:00+07:00", CompletionTiming.OnTime)]
    [InlineData("2026-11-24T16:59:00+07:00", CompletionTiming.OnTime)] // past the due instant, on the due date
    [InlineData("2026-11-24T23:59:59+07:00", CompletionTiming.OnTime)]
    [InlineData("2026-11-25T00:00:00+07:00", CompletionTiming.Late)]
    [InlineData("2026-11-23T23:30:00Z", CompletionTiming.OnTime)] // Tuesday 06:30 in Vietnam, Monday in UTC
    [InlineData("2026-11-24T17:30:00Z", CompletionTiming.Late)] // Wednesday 00:30 in Vietnam, Tuesday in UTC
    public void TimingComparesDatesInVietnamWhenResultIsReady(string completed, CompletionTiming expected)
    {
        var clock = Clock.MoveTo(ResultReady, Iso.Instant(completed), Scenario.Calendar).Applied().Clock;

        clock.Timing.ShouldBe(expected);
        clock.CompletedAt.ShouldBe(Iso.Instant(completed));
        clock.ClosedAt.ShouldBe(Iso.Instant(completed));
        clock.ReturnedAt.ShouldBeNull();
        clock.NextWakeUp.ShouldBeNull();
        clock.IsOverdueAt(Scenario.At("2026-12-01T09:00")).ShouldBeFalse();
    }

    [Fact]
    public void ReturnKeepsCompletionWhenResultWasReadyBefore()
    {
        var clock = Clock.Move(ResultReady, "2026-11-24T08:00").Move(Returned, "2026-11-26T10:00");

        clock.Status.ShouldBe(Returned);
        clock.CompletedAt.ShouldBe(Scenario.At("2026-11-24T08:00"));
        clock.ReturnedAt.ShouldBe(Scenario.At("2026-11-26T10:00"));
        clock.Timing.ShouldBe(CompletionTiming.OnTime);
    }

    [Fact]
    public void ReturnCompletesTooWhenResultIsHandedOverAtOnce()
    {
        var clock = Clock.Move(InProcessing, "2026-11-23T09:30").Move(Returned, "2026-11-25T10:00");

        clock.CompletedAt.ShouldBe(Scenario.At("2026-11-25T10:00"));
        clock.ReturnedAt.ShouldBe(Scenario.At("2026-11-25T10:00"));
        clock.Timing.ShouldBe(CompletionTiming.Late);
    }

    [Fact]
    public void CompletionAtDueInstantRaisesAndResolvesOverdueAndIsOnTime()
    {
        var transition = Clock.MoveTo(ResultReady, Scenario.At("2026-11-24T09:00"), Scenario.Calendar);

        transition.Raised.Keys().ShouldContain("c1/t0/overdue");
        transition.Resolved.Keys().ShouldBe(transition.Raised.Keys());
        transition.Clock.Timing.ShouldBe(CompletionTiming.OnTime);
        transition.Clock.Thresholds.ShouldAllBe(t => t.State == ThresholdState.Resolved || t.State == ThresholdState.Cancelled);
    }

    [Fact]
    public void CompletionIsMeasuredAgainstNewCycleWhenClockRestarted()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "1 working day", PauseMode.Restart)
            .Move(SupplementRequested, "2026-11-23T10:00")
            .Move(InProcessing, "2026-11-26T09:00")
            .Move(ResultReady, "2026-11-27T08:00");

        clock.DueAt.ShouldBe(Scenario.At("2026-11-27T09:00"));
        clock.Timing.ShouldBe(CompletionTiming.OnTime);
    }
}
