using OpsHub.Sla.Clock;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Waking a clock: what fires, when it wakes next. Received Monday 09:00 with three working days.</summary>
public sealed class EvaluateTests
{
    private static readonly DossierClock Clock = Scenario.Start("2026-11-23T09:00", "3 working days");

    [Theory]
    [InlineData("2026-11-24T14:59", new string[0], "2026-11-24T15:00")]
    [InlineData("2026-11-24T15:00", new[] { "c1/t0/warning-50" }, "2026-11-25T11:00")]
    [InlineData("2026-11-25T11:00", new[] { "c1/t0/warning-50", "c1/t0/warning-75" }, "2026-11-26T07:00")]
    [InlineData("2026-11-26T07:30", new[] { "c1/t0/warning-50", "c1/t0/warning-75", "c1/t0/due-today" }, "2026-11-26T09:00")]
    [InlineData("2026-11-26T09:00", new[] { "c1/t0/warning-50", "c1/t0/warning-75", "c1/t0/due-today", "c1/t0/overdue", "c1/t0/late-without-apology" }, null)]
    public void RaisesReachedThresholdsInOrderAndWakesAtNextWhenEvaluated(string now, string[] raised, string? next)
    {
        var transition = Clock.Evaluate(Scenario.At(now));

        transition.Raised.Keys().ShouldBe(raised);
        transition.Raised.ShouldAllBe(t => t.State == ThresholdState.Open && t.FiredAt == Scenario.At(now));
        transition.Outcome.ShouldBe(raised.Length == 0 ? TransitionOutcome.Unchanged : TransitionOutcome.Applied);
        transition.Clock.NextWakeUp.ShouldBe(next is null ? null : Scenario.At(next));
    }

    [Fact]
    public void RaisesNothingTwiceWhenEvaluatedAgainAtTheSameInstant()
    {
        var first = Clock.Evaluate(Scenario.At("2026-11-26T09:00"));

        var second = first.Clock.Evaluate(Scenario.At("2026-11-26T09:00"));

        second.Outcome.ShouldBe(TransitionOutcome.Unchanged);
        second.Raised.ShouldBeEmpty();
        second.Clock.ShouldBeSameAs(first.Clock);
    }

    [Fact]
    public void RaisedAlertCarriesKindSubjectAndInstantItBecameDueWhenEvaluatedLate()
    {
        var overdue = Clock.Evaluate(Scenario.At("2026-11-30T08:00")).Raised.Single(t => t.Kind == SlaAlertKind.Overdue);

        overdue.At.ShouldBe(Scenario.At("2026-11-26T09:00"));
        overdue.FiredAt.ShouldBe(Scenario.At("2026-11-30T08:00"));
        overdue.Subject.ShouldBe(AlertSubject.Dossier);
        overdue.Cycle.ShouldBe(1);
        overdue.Target.ShouldBe(0);
    }

    [Fact]
    public void FirstWakeUpIsHalfTimeWarningWhenJustReceived() =>
        Clock.NextWakeUp.ShouldBe(Scenario.At("2026-11-24T15:00"));
}
