using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Internal steps (TIEPNHAN 2 working hours, THAMDINH 2 working days, KY 4 working hours).</summary>
public sealed class StepTests
{
    // Received Monday 23 Nov 09:00 with three working days.
    private static readonly DossierClock Clock = Scenario.Start("2026-11-23T09:00", "3 working days");

    [Theory]
    [InlineData("THAMDINH", "2026-11-23T10:00", "Nguyễn Văn An", "2026-11-25T10:00", "Nguyễn Văn An")]
    [InlineData("TIEPNHAN", "2026-11-23T16:30", null, "2026-11-24T08:30", "Bộ phận Một cửa")]
    [InlineData("KY", "2026-11-23T12:00", null, "2026-11-24T07:30", "Lãnh đạo UBND xã")] // started in lunch: counts from 13:30
    public void StepDeadlineIsStartPlusBudgetInWorkingTimeWhenStepStarts(string step, string started, string? officer, string deadline, string owner)
    {
        var clock = Clock.StartStep(step, Scenario.At(started), officer, Scenario.Calendar).Applied().Clock;

        var run = clock.Steps.Single();
        run.DeadlineAt.ShouldBe(Scenario.At(deadline));
        run.Owner.ShouldBe(owner);
        var threshold = clock.Threshold($"c1/step-1/{step}/overdue");
        threshold.At.ShouldBe(Scenario.At(deadline));
        threshold.Owner.ShouldBe(owner);
        threshold.Subject.ShouldBe(AlertSubject.Step);
    }

    [Fact]
    public void StepOverdueFiresAtItsDeadlineWhenStepIsStuck()
    {
        var clock = Clock.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), "Nguyễn Văn An", Scenario.Calendar).Clock;

        var raised = clock.Evaluate(Scenario.At("2026-11-25T10:00")).Raised;

        var step = raised.Single(t => t.Kind == SlaAlertKind.StepOverdue);
        (step.StepCode, step.StepRun, step.Owner, step.At).ShouldBe(("THAMDINH", 1, "Nguyễn Văn An", Scenario.At("2026-11-25T10:00")));
    }

    [Fact]
    public void StepAlertIsCancelledWhenStepFinishesInTime()
    {
        var clock = Clock.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Clock
            .FinishStep("THAMDINH", Scenario.At("2026-11-24T10:00")).Applied().Clock;

        clock.Threshold("c1/step-1/THAMDINH/overdue").State.ShouldBe(ThresholdState.Cancelled);
        clock.Steps.Single().FinishedAt.ShouldBe(Scenario.At("2026-11-24T10:00"));
        clock.Evaluate(Scenario.At("2026-11-25T10:30")).Raised.Keys().ShouldNotContain("c1/step-1/THAMDINH/overdue");
    }

    [Fact]
    public void StepAlertIsRaisedAndResolvedWhenStepFinishesLateWithoutAWakeUp()
    {
        var started = Clock.StartStep("TIEPNHAN", Scenario.At("2026-11-23T09:00"), null, Scenario.Calendar).Clock;

        var finished = started.FinishStep("TIEPNHAN", Scenario.At("2026-11-23T14:00"));

        finished.Raised.Keys().ShouldBe(["c1/step-1/TIEPNHAN/overdue"]);
        finished.Resolved.Keys().ShouldBe(["c1/step-1/TIEPNHAN/overdue"]);
    }

    [Fact]
    public void StepDeadlineMovesWithPauseWhenClockResumes()
    {
        var clock = Clock.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Clock
            .Move(SupplementRequested, "2026-11-23T11:00")
            .Move(InProcessing, "2026-11-23T15:00");

        clock.Steps.Single().DeadlineAt.ShouldBe(Scenario.At("2026-11-25T14:00"));
        clock.Threshold("c1/step-1/THAMDINH/overdue").At.ShouldBe(Scenario.At("2026-11-25T14:00"));
    }

    [Fact]
    public void RunningStepGetsFullBudgetInNewCycleWhenClockRestarts()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days", PauseMode.Restart)
            .StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Clock
            .Move(SupplementRequested, "2026-11-23T11:00")
            .Move(InProcessing, "2026-11-24T09:00");

        clock.Steps.Single().Cycle.ShouldBe(2);
        clock.Threshold("c1/step-1/THAMDINH/overdue").State.ShouldBe(ThresholdState.Cancelled);
        clock.Threshold("c2/step-1/THAMDINH/overdue").At.ShouldBe(Scenario.At("2026-11-26T09:00"));
    }

    [Fact]
    public void RunningStepsFinishAndTheirAlertsResolveWhenDossierCompletes()
    {
        var transition = Clock.StartStep("TIEPNHAN", Scenario.At("2026-11-23T09:00"), null, Scenario.Calendar).Clock
            .Evaluate(Scenario.At("2026-11-23T11:00")).Clock
            .MoveTo(ResultReady, Scenario.At("2026-11-23T15:00"), Scenario.Calendar);

        transition.Resolved.Keys().ShouldBe(["c1/step-1/TIEPNHAN/overdue"]);
        transition.Clock.Steps.Single().FinishedAt.ShouldBe(Scenario.At("2026-11-23T15:00"));
    }

    [Fact]
    public void StepCanRunAgainWithItsOwnAlertWhenItFinishedBefore()
    {
        var clock = Clock.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Clock
            .FinishStep("THAMDINH", Scenario.At("2026-11-23T14:00")).Clock
            .StartStep("THAMDINH", Scenario.At("2026-11-24T08:00"), "Trần Thị Bình", Scenario.Calendar).Applied().Clock;

        clock.Steps.Select(s => s.Number).ShouldBe([1, 2]);
        clock.Threshold("c1/step-2/THAMDINH/overdue").At.ShouldBe(Scenario.At("2026-11-26T08:00"));
    }

    [Theory]
    [InlineData("TRAKQ", "2026-11-23T10:00", "has no step TRAKQ")]
    [InlineData("THAMDINH", "2026-11-23T08:00", "time order")]
    public void StepStartIsRefusedWithReasonWhenItBreaksARule(string step, string at, string reason) =>
        Clock.StartStep(step, Scenario.At(at), null, Scenario.Calendar).Reason.ShouldNotBeNull().ShouldContain(reason);

    [Fact]
    public void StepStartIsRefusedWhenClockIsPaused() =>
        Clock.Move(SupplementRequested, "2026-11-23T10:00")
            .StartStep("THAMDINH", Scenario.At("2026-11-23T11:00"), null, Scenario.Calendar)
            .Reason.ShouldNotBeNull().ShouldContain("paused");

    [Fact]
    public void RepeatedStepEventsAreUnchangedWhenSameAndRefusedWhenDifferent()
    {
        var started = Clock.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Clock;

        started.StartStep("THAMDINH", Scenario.At("2026-11-23T10:00"), null, Scenario.Calendar).Outcome.ShouldBe(TransitionOutcome.Unchanged);
        started.StartStep("THAMDINH", Scenario.At("2026-11-23T11:00"), null, Scenario.Calendar).Outcome.ShouldBe(TransitionOutcome.Refused);
        var finished = started.FinishStep("THAMDINH", Scenario.At("2026-11-23T12:00")).Clock;
        finished.FinishStep("THAMDINH", Scenario.At("2026-11-23T12:00")).Outcome.ShouldBe(TransitionOutcome.Unchanged);
        finished.FinishStep("THAMDINH", Scenario.At("2026-11-23T13:00")).Reason.ShouldNotBeNull().ShouldContain("not running");
    }
}
