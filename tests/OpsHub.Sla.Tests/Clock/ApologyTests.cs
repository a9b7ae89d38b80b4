using OpsHub.Sla.Clock;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Apology slips: the legal due instant stays the yardstick, the new date drives further alerts.</summary>
public sealed class ApologyTests
{
    // Received Monday 23 Nov 09:00 with three working days: due Thursday 26 09:00.
    private static readonly DossierClock Clock = Scenario.Start("2026-11-23T09:00", "3 working days");

    [Fact]
    public void OriginalDueStaysYardstickAndNewDateDrivesAlertsWhenApologyIsIssued()
    {
        var transition = Clock.IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar).Applied();
        var clock = transition.Clock;

        clock.DueAt.ShouldBe(Scenario.At("2026-11-26T09:00"));
        clock.PromisedAt.ShouldBe(Scenario.At("2026-11-30T17:00"));
        clock.CurrentDueAt.ShouldBe(Scenario.At("2026-11-30T17:00"));
        clock.CurrentTarget.ShouldBe(1);
        clock.Apologies.ShouldBe([new Apology(1, 1, Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"))]);
        transition.Raised.Keys().ShouldBe(["c1/t0/warning-50"]);
        transition.Resolved.Keys().ShouldBe(["c1/t0/warning-50"]);
        clock.Thresholds.Where(t => t.Target == 0 && t.Key != "c1/t0/warning-50").ShouldAllBe(t => t.State == ThresholdState.Cancelled);
        clock.Thresholds.Where(t => t.State == ThresholdState.Pending).Select(t => (t.Key, t.At)).ShouldBe(
        [
            ("c1/t1/due-today", Scenario.At("2026-11-30T07:00")),
            ("c1/t1/overdue", Scenario.At("2026-11-30T17:00")),
            ("c1/t1/late-without-apology", Scenario.At("2026-11-30T17:00")),
        ]);
        clock.NextWakeUp.ShouldBe(Scenario.At("2026-11-30T07:00"));
    }

    [Theory]
    [InlineData("2026-11-26T16:00", CompletionTiming.OnTime)] // after the due instant, on its date
    [InlineData("2026-11-27T10:00", CompletionTiming.Late)] // before the new date, after the original one
    [InlineData("2026-11-25T16:00", CompletionTiming.Early)]
    public void CompletionIsClassifiedAgainstOriginalDateWhenAnApologyPostponedIt(string completed, CompletionTiming expected)
    {
        var clock = Clock.IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar).Clock
            .Move(ResultReady, completed);

        clock.Timing.ShouldBe(expected);
    }

    [Fact]
    public void ApologyResolvesLateWithoutApologyWhenIssuedAfterDue()
    {
        var late = Scenario.Start("2026-11-23T07:00", "1 working day").Evaluate(Scenario.At("2026-11-23T17:00")).Clock;
        late.Thresholds.Single(t => t.Kind == SlaAlertKind.LateWithoutApology).State.ShouldBe(ThresholdState.Open);

        var transition = late.IssueApology(Scenario.At("2026-11-24T09:00"), Scenario.At("2026-11-25T17:00"), Scenario.Calendar);

        transition.Resolved.Keys().Order().ShouldBe(["c1/t0/late-without-apology", "c1/t0/overdue", "c1/t0/warning-50", "c1/t0/warning-75"]);
        transition.Clock.Threshold("c1/t1/due-today").At.ShouldBe(Scenario.At("2026-11-25T07:00"));
    }

    [Fact]
    public void NewDateRaisesItsOwnAlertsWhenItIsMissedToo()
    {
        var clock = Scenario.Start("2026-11-23T07:00", "1 working day")
            .IssueApology(Scenario.At("2026-11-23T10:00"), Scenario.At("2026-11-25T17:00"), Scenario.Calendar).Clock;

        var raised = clock.Evaluate(Scenario.At("2026-11-25T17:00")).Raised;

        raised.Keys().ShouldBe(["c1/t1/due-today", "c1/t1/overdue", "c1/t1/late-without-apology"]);
    }

    [Fact]
    public void SecondApologyOpensNextTargetWhenFirstDateCannotBeKept()
    {
        var clock = Clock
            .IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar).Clock
            .IssueApology(Scenario.At("2026-11-30T08:00"), Scenario.At("2026-12-02T17:00"), Scenario.Calendar).Applied();

        clock.Resolved.Keys().ShouldBe(["c1/t1/due-today"]);
        clock.Clock.CurrentTarget.ShouldBe(2);
        clock.Clock.DueAt.ShouldBe(Scenario.At("2026-11-26T09:00"));
        clock.Clock.Threshold("c1/t1/overdue").State.ShouldBe(ThresholdState.Cancelled);
        clock.Clock.Threshold("c1/t2/overdue").At.ShouldBe(Scenario.At("2026-12-02T17:00"));
    }

    [Fact]
    public void NewDateMovesWithPauseWhenApologyWasIssuedDuringIt()
    {
        var clock = Clock.Move(SupplementRequested, "2026-11-23T10:00")
            .IssueApology(Scenario.At("2026-11-23T11:00"), Scenario.At("2026-11-27T17:00"), Scenario.Calendar).Clock
            .Move(InProcessing, "2026-11-23T15:00");

        clock.DueAt.ShouldBe(Scenario.At("2026-11-26T14:00"));
        clock.PromisedAt.ShouldBe(Scenario.At("2026-11-30T10:00"));
        clock.Threshold("c1/t1/overdue").At.ShouldBe(Scenario.At("2026-11-30T10:00"));
        clock.Threshold("c1/t1/due-today").At.ShouldBe(Scenario.At("2026-11-30T07:00"));
    }

    [Theory]
    [InlineData("2026-11-25T10:00", "2026-11-26T09:00", "does not postpone")]
    [InlineData("2026-11-25T10:00", "2026-11-25T09:00", "not after the apology")]
    [InlineData("2026-11-23T08:00", "2026-11-30T17:00", "time order")]
    public void ApologyIsRefusedWithReasonWhenItBreaksARule(string issued, string promised, string reason)
    {
        var transition = Clock.IssueApology(Scenario.At(issued), Scenario.At(promised), Scenario.Calendar);

        transition.Outcome.ShouldBe(TransitionOutcome.Refused);
        transition.Reason.ShouldNotBeNull().ShouldContain(reason);
        transition.Clock.ShouldBeSameAs(Clock);
    }

    [Fact]
    public void ApologyIsRefusedWhenDossierIsDone() =>
        Clock.Move(ResultReady, "2026-11-24T10:00")
            .IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar)
            .Outcome.ShouldBe(TransitionOutcome.Refused);

    [Fact]
    public void RepeatedApologyChangesNothingWhenItIsTheSame()
    {
        var once = Clock.IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar).Clock;

        var twice = once.IssueApology(Scenario.At("2026-11-25T10:00"), Scenario.At("2026-11-30T17:00"), Scenario.Calendar);

        twice.Outcome.ShouldBe(TransitionOutcome.Unchanged);
        twice.Clock.Apologies.Length.ShouldBe(1);
    }
}
