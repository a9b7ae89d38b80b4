using OpsHub.Sla.Clock;
using OpsHub.Sla.Procedures;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Restart mode: the complete dossier's return starts the full processing time again, in a new cycle.</summary>
public sealed class RestartTests
{
    [Theory]
    [InlineData("2026-11-25T10:00", "2026-11-25T10:00", "2026-11-30T10:00")]
    [InlineData("2026-11-25T18:00", "2026-11-26T07:00", "2026-11-30T17:00")] // back after closing: next opening
    [InlineData("2026-11-27T16:00", "2026-11-27T16:00", "2026-12-02T16:00")]
    public void FullTimeStartsAgainInNewCycleWhenSupplementArrivesInRestartMode(string resumed, string cycleStart, string due)
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days", PauseMode.Restart)
            .Move(SupplementRequested, "2026-11-23T14:00")
            .Move(InProcessing, resumed);

        clock.Cycle.ShouldBe(2);
        clock.CycleStartedAt.ShouldBe(Scenario.At(cycleStart));
        clock.DueAt.ShouldBe(Scenario.At(due));
        clock.InitialDueAt.ShouldBe(Scenario.At("2026-11-26T09:00"));
        clock.Pauses.Single().Mode.ShouldBe(PauseMode.Restart);
    }

    [Theory]
    [InlineData("c2/t0/warning-50", "2026-11-26T16:00")]
    [InlineData("c2/t0/warning-75", "2026-11-27T14:00")]
    [InlineData("c2/t0/due-today", "2026-11-30T07:00")]
    [InlineData("c2/t0/overdue", "2026-11-30T10:00")]
    public void NewCycleHasItsOwnThresholdsWhenClockRestarts(string key, string expected)
    {
        var clock = Scenario.Start("2026-11-23T09:00", "3 working days", PauseMode.Restart)
            .Move(SupplementRequested, "2026-11-23T14:00")
            .Move(InProcessing, "2026-11-25T10:00");

        clock.Threshold(key).At.ShouldBe(Scenario.At(expected));
        clock.Thresholds.Where(t => t.Cycle == 1).ShouldAllBe(t => t.State != ThresholdState.Pending);
        clock.NextWakeUp.ShouldBe(Scenario.At("2026-11-26T16:00"));
    }

    [Fact]
    public void SameDayCutoffAppliesAgainWhenClockRestarts()
    {
        var clock = Scenario.Start("2026-11-23T10:00", "1 working day", PauseMode.Restart, "15:00")
            .Move(SupplementRequested, "2026-11-23T11:00")
            .Move(InProcessing, "2026-11-23T15:30");

        clock.DueAt.ShouldBe(Scenario.At("2026-11-24T17:00"));
        clock.InitialDueAt.ShouldBe(Scenario.At("2026-11-23T17:00"));
    }

    [Fact]
    public void ThresholdFiredInFirstCycleFiresAgainWhenReachedInSecond()
    {
        var clock = Scenario.Start("2026-11-23T07:00", "1 working day", PauseMode.Restart)
            .Evaluate(Scenario.At("2026-11-23T11:00")).Clock
            .Move(SupplementRequested, "2026-11-23T11:10")
            .Move(InProcessing, "2026-11-24T07:00");

        var raised = clock.Evaluate(Scenario.At("2026-11-24T11:00")).Raised;

        raised.Keys().ShouldBe(["c2/t0/warning-50"]);
        clock.Threshold("c1/t0/warning-50").State.ShouldBe(ThresholdState.Resolved);
    }
}
