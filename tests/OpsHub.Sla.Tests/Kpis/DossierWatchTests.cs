using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Procedures;
using OpsHub.Sla.Tests.Clock;

namespace OpsHub.Sla.Tests.Kpis;

/// <summary>What the wall watches of an open dossier: the step it is in or waiting for, and since when (steps TIEPNHAN, THAMDINH, KY).</summary>
public sealed class DossierWatchTests
{
    // Received Monday 23 Nov 09:00 with three working days.
    private static readonly DossierClock Received = Scenario.Start("2026-11-23T09:00", "3 working days");

    private static readonly Procedure Procedure = new()
    {
        Code = "TEST",
        NameVi = "Thủ tục thử",
        FieldCode = "HT",
        Level = AuthorityLevel.Commune,
        LegalBasis = "—",
        ProcessingTime = ProcessingTime.WorkingDays(3),
        PauseMode = PauseMode.Resume,
        Steps = Scenario.Steps,
    };

    public static TheoryData<string, string, string?, string> Steps => new()
    {
        { "nothing started", "", "TIEPNHAN", "2026-11-23T09:00" },
        { "first running", "TIEPNHAN>10:00", "TIEPNHAN", "2026-11-23T09:00" },
        { "first finished", "TIEPNHAN>10:00,TIEPNHAN<11:00", "THAMDINH", "2026-11-23T11:00" },
        { "second running", "TIEPNHAN>10:00,TIEPNHAN<11:00,THAMDINH>14:00", "THAMDINH", "2026-11-23T11:00" },
        { "all finished", "TIEPNHAN>10:00,TIEPNHAN<11:00,THAMDINH>14:00,THAMDINH<15:00,KY>15:30,KY<16:00", null, "2026-11-23T16:00" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void StepIsTheRunningOneOrTheNextAfterTheLastFinishedWhenSteps(string because, string script, string? step, string enteredAt)
    {
        var watch = DossierWatch.Of("D1", "U1", Play(script), Procedure, dueSoon: false, overdue: false);

        watch.ShouldNotBeNull();
        (watch.StepCode, watch.StepEnteredAt).ShouldBe((step, Scenario.At(enteredAt)), because);
        watch.DueAt.ShouldBe(Received.DueAt);
        watch.ToForecast().StepCode.ShouldBe(step);
    }

    [Fact]
    public void FinishedStepsAreMeasuredFromWhenTheDossierBecameReadyForThem()
    {
        var clock = Play("TIEPNHAN>10:00,TIEPNHAN<11:00,THAMDINH>14:00,THAMDINH<15:00");

        DossierWatch.FinishedSteps(clock).Select(s => (s.Run.Number, s.Sample.StepCode, s.Sample.EnteredAt, s.Sample.FinishedAt)).ShouldBe(
        [
            (1, "TIEPNHAN", Scenario.At("2026-11-23T09:00"), Scenario.At("2026-11-23T11:00")),
            (2, "THAMDINH", Scenario.At("2026-11-23T11:00"), Scenario.At("2026-11-23T15:00")),
        ]);
    }

    [Fact]
    public void UnknownProcedureLeavesOnlyCompletionWhenNoStepRuns()
    {
        var watch = DossierWatch.Of("D1", "U1", Received, procedure: null, dueSoon: true, overdue: false)!;

        (watch.StepCode, watch.StepEnteredAt, watch.DueSoon).ShouldBe((null, Received.ReceivedAt, true));
    }

    [Fact]
    public void ClosedDossierIsNotWatched()
    {
        var closed = Received.Move(OpsHub.Sla.Lifecycle.PortalStatus.Withdrawn, "2026-11-23T10:00");
        closed.IsClosed.ShouldBeTrue();

        DossierWatch.Of("D1", "U1", closed, Procedure, dueSoon: false, overdue: false).ShouldBeNull();
    }

    // "STEP>hh:mm" starts a step, "STEP<hh:mm" finishes it, on Monday 23 Nov.
    private static DossierClock Play(string script)
    {
        var clock = Received;
        foreach (var move in script.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (step, start, at) = (move[..^6], move[^6] == '>', Scenario.At($"2026-11-23T{move[^5..]}"));
            clock = start ? clock.StartStep(step, at, null, Scenario.Calendar).Clock : clock.FinishStep(step, at).Clock;
        }

        return clock;
    }
}
