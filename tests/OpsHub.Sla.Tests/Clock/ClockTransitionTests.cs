using OpsHub.Sla.Clock;
using OpsHub.Sla.Lifecycle;
using static OpsHub.Sla.Lifecycle.PortalStatus;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>The clock refuses illegal status changes with a reason and changes nothing.</summary>
public sealed class ClockTransitionTests
{
    private static readonly DossierClock Fresh = Scenario.Start("2026-11-23T09:00", "3 working days");

    public static TheoryData<PortalStatus[], PortalStatus, string> Refusals => new()
    {
        { [], Registered, "can only become" },
        { [], RefusedAtIntake, "can only become" },
        { [InProcessing], Received, "can only become" },
        { [SupplementRequested], ResultReady, "5 (supplement requested)" },
        { [AwaitingPayment], Returned, "6 (awaiting payment)" },
        { [Withdrawn], InProcessing, "closed" },
        { [ResultReady], InProcessing, "closed" },
        { [ResultReady, Returned], ResultReady, "closed" },
        { [Stopped], ResultReady, "8 (processing stopped)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void StatusChangeIsRefusedWithReasonWhenLifecycleForbidsIt(PortalStatus[] path, PortalStatus to, string reason)
    {
        var clock = Walk(path);

        var transition = clock.MoveTo(to, Scenario.At("2026-11-27T10:00"), Scenario.Calendar);

        transition.Outcome.ShouldBe(TransitionOutcome.Refused);
        transition.Reason.ShouldNotBeNull().ShouldContain(reason);
        transition.Clock.ShouldBeSameAs(clock);
        transition.Raised.ShouldBeEmpty();
    }

    [Fact]
    public void StatusChangeIsRefusedWhenItIsEarlierThanLastEvent()
    {
        var clock = Fresh.Move(InProcessing, "2026-11-24T10:00");

        clock.MoveTo(SupplementRequested, Scenario.At("2026-11-24T09:59"), Scenario.Calendar).Reason.ShouldNotBeNull().ShouldContain("time order");
    }

    [Fact]
    public void SameStatusIsUnchangedWhenPortalRepeatsIt()
    {
        var clock = Fresh.Move(SupplementRequested, "2026-11-24T10:00");

        var again = clock.MoveTo(SupplementRequested, Scenario.At("2026-11-24T11:00"), Scenario.Calendar);

        again.Outcome.ShouldBe(TransitionOutcome.Unchanged);
        again.Clock.ShouldBeSameAs(clock);
        again.Clock.Pauses.Length.ShouldBe(1);
    }

    [Fact]
    public void StoppedDossierClosesWithoutResultWhenStopIsFinal()
    {
        var stopped = Fresh.Move(Stopped, "2026-11-24T10:00");

        var closed = stopped.Close(Scenario.At("2026-11-25T10:00"), Scenario.Calendar).Applied().Clock;

        closed.IsClosed.ShouldBeTrue();
        closed.Status.ShouldBe(Stopped);
        closed.Timing.ShouldBeNull();
        closed.Pauses.Single().EndedAt.ShouldBe(Scenario.At("2026-11-25T10:00"));
        closed.MoveTo(InProcessing, Scenario.At("2026-11-26T10:00"), Scenario.Calendar).Outcome.ShouldBe(TransitionOutcome.Refused);
        closed.Close(Scenario.At("2026-11-25T10:00"), Scenario.Calendar).Outcome.ShouldBe(TransitionOutcome.Unchanged);
    }

    [Fact]
    public void CloseIsRefusedWhenProcessingWasNotStopped() =>
        Fresh.Close(Scenario.At("2026-11-25T10:00"), Scenario.Calendar).Reason.ShouldNotBeNull().ShouldContain("stopped (8)");

    [Fact]
    public void StoppedDossierResumesWhenProcessingGoesOn()
    {
        var clock = Fresh.Move(Stopped, "2026-11-23T10:00").Move(InProcessing, "2026-11-23T11:00");

        clock.IsRunning.ShouldBeTrue();
        clock.DueAt.ShouldBe(Scenario.At("2026-11-26T10:00"));
    }

    private static DossierClock Walk(PortalStatus[] path)
    {
        var clock = Fresh;
        var hour = 10;
        foreach (var status in path)
        {
            clock = clock.Move(status, $"2026-11-24T{hour++:00}:00");
        }

        return clock;
    }
}
