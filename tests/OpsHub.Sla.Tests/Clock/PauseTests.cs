using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Supplement (5), payment (6) and stop (8) pauses, in resume mode.</summary>
public sealed class PauseTests
{
    [Theory]
    // Three working hours paused on Monday: Tuesday 09:00 becomes Tuesday 14:00 (09:00–11:30, 13:30–14:00).
    [InlineData("2026-11-23T09:00", "1 working day", "2026-11-23T10:00", "2026-11-23T15:00", "2026-11-24T14:00", 3)]
    // Friday 16:00 to Monday 08:00: one hour each side of the weekend.
    [InlineData("2026-11-20T09:00", "1 working day", "2026-11-20T16:00", "2026-11-23T08:00", "2026-11-23T11:00", 2)]
    // A pause inside the night holds no working time: nothing moves.
    [InlineData("2026-11-23T09:00", "1 working day", "2026-11-23T17:30", "2026-11-24T06:45", "2026-11-24T09:00", 0)]
    // Wednesday 29 April 16:00 to Monday 4 May 09:00, across 30/4 and 1/5: three working hours.
    [InlineData("2026-04-29T09:00", "3 working days", "2026-04-29T16:00", "2026-05-04T09:00", "2026-05-06T14:00", 3)]
    // A pause that starts after the due instant cannot give back time that had already run out.
    [InlineData("2026-11-23T07:00", "1 working day", "2026-11-24T09:00", "2026-11-24T11:00", "2026-11-23T17:00", 2)]
    // A pause across the due instant: the hour still left at the pause runs from the resumption.
    [InlineData("2026-11-23T07:00", "1 working day", "2026-11-23T16:00", "2026-11-24T10:00", "2026-11-24T11:00", 4)]
    public void DueMovesByPausedWorkingTimeWhenSupplementArrivesInResumeMode(string received, string time, string paused, string resumed, string due, double pausedHours)
    {
        var clock = Scenario.Start(received, time).Move(SupplementRequested, paused).Move(InProcessing, resumed);

        clock.DueAt.ShouldBe(Scenario.At(due));
        clock.InitialDueAt.ShouldBe(Scenario.Start(received, time).DueAt);
        clock.Cycle.ShouldBe(1);
        clock.Pauses.ShouldBe([new PauseInterval(PauseReason.Supplement, 1, PauseMode.Resume, Scenario.At(paused), Scenario.At(resumed), TimeSpan.FromHours(pausedHours))]);
    }

    [Theory]
    [InlineData("c1/t0/warning-50", "2026-11-25T08:00")] // Tuesday 15:00 + 3 h
    [InlineData("c1/t0/warning-75", "2026-11-25T16:00")] // Wednesday 11:00 + 3 h
    [InlineData("c1/t0/due-today", "2026-11-26T07:00")] // the due date did not change
    [InlineData("c1/t0/overdue", "2026-11-26T14:00")] // Thursday 09:00 + 3 h
    [InlineData("c1/t0/late-without-apology", "2026-11-26T14:00")]
    public void PendingThresholdsMoveWithDueWhenPaymentArrivesInResumeMode(string key, string expected)
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days")
            .Move(AwaitingPayment, "2026-11-23T10:00")
            .Move(InProcessing, "2026-11-23T15:00");

        clock.Threshold(key).At.ShouldBe(Scenario.At(expected));
        clock.Pauses.Single().Reason.ShouldBe(PauseReason.Payment);
    }

    [Fact]
    public void ChainedPausesMoveDueByTheirWholeWorkingTimeWhenSupplementIsFollowedByStop()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days")
            .Move(SupplementRequested, "2026-11-23T10:00")
            .Move(Stopped, "2026-11-23T14:00")
            .Move(InProcessing, "2026-11-24T09:00");

        // 2 h + 5 h paused: Thursday 09:00 becomes Friday 08:00.
        clock.DueAt.ShouldBe(Scenario.At("2026-11-27T08:00"));
        clock.Pauses.Select(p => (p.Reason, p.PausedWorkingTime)).ShouldBe([(PauseReason.Supplement, TimeSpan.FromHours(2)), (PauseReason.Stopped, TimeSpan.FromHours(5))]);
    }

    [Fact]
    public void NothingFiresAndNoWakeUpIsAskedWhenPaused()
    {
        var paused = Scenario.Start("2026-11-23T09:00", "1 working day").Move(SupplementRequested, "2026-11-23T10:00");

        paused.IsPaused.ShouldBeTrue();
        paused.NextWakeUp.ShouldBeNull();
        paused.IsOverdueAt(Scenario.At("2026-12-31T09:00")).ShouldBeFalse();
        var evaluated = paused.Evaluate(Scenario.At("2026-12-31T09:00"));
        evaluated.Outcome.ShouldBe(TransitionOutcome.Unchanged);
        evaluated.Raised.ShouldBeEmpty();
    }

    [Fact]
    public void PauseRaisesAndResolvesThresholdsReachedBeforeItWhenNobodyEvaluated()
    {
        var transition = Scenario.Start("2026-11-23T07:00", "1 working day").MoveTo(SupplementRequested, Scenario.At("2026-11-23T12:00"), Scenario.Calendar);

        transition.Raised.Keys().ShouldBe(["c1/t0/warning-50"]);
        transition.Resolved.Keys().ShouldBe(["c1/t0/warning-50"]);
        transition.Resolved.Single().ResolvedAt.ShouldBe(Scenario.At("2026-11-23T12:00"));
    }

    [Fact]
    public void OpenAlertsResolveWhenClockPauses()
    {
        var fired = Scenario.Start("2026-11-23T07:00", "1 working day").Evaluate(Scenario.At("2026-11-23T11:00")).Clock;

        var transition = fired.MoveTo(AwaitingPayment, Scenario.At("2026-11-23T11:15"), Scenario.Calendar);

        transition.Raised.ShouldBeEmpty();
        transition.Resolved.Keys().ShouldBe(["c1/t0/warning-50"]);
        transition.Clock.Threshold("c1/t0/warning-75").State.ShouldBe(ThresholdState.Pending);
    }

    [Fact]
    public void PauseIsClosedAndThresholdsCancelledWhenApplicantWithdrawsDuringIt()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days")
            .Move(SupplementRequested, "2026-11-23T10:00")
            .Move(Withdrawn, "2026-11-24T10:00");

        clock.IsClosed.ShouldBeTrue();
        clock.Pauses.Single().EndedAt.ShouldBe(Scenario.At("2026-11-24T10:00"));
        clock.Pauses.Single().PausedWorkingTime.ShouldBe(TimeSpan.FromHours(8));
        clock.Thresholds.ShouldAllBe(t => t.State == ThresholdState.Cancelled);
        clock.NextWakeUp.ShouldBeNull();
        clock.Timing.ShouldBeNull();
    }
}
