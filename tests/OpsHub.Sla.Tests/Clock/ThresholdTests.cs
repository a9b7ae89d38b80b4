using OpsHub.Sla.Clock;

namespace OpsHub.Sla.Tests.Clock;

/// <summary>Where the thresholds of a cycle fall (default policy: 50%, 75%, due today, overdue, late without apology).</summary>
public sealed class ThresholdTests
{
    [Theory]
    // Monday 07:00, one working day: due 17:00; 4 h is 11:00, 6 h (4.5 h + 1.5 h after lunch) is 15:00.
    [InlineData("2026-11-23T07:00", "1 working day", "c1/t0/warning-50", "2026-11-23T11:00")]
    [InlineData("2026-11-23T07:00", "1 working day", "c1/t0/warning-75", "2026-11-23T15:00")]
    [InlineData("2026-11-23T07:00", "1 working day", "c1/t0/overdue", "2026-11-23T17:00")]
    [InlineData("2026-11-23T07:00", "1 working day", "c1/t0/late-without-apology", "2026-11-23T17:00")]
    // Monday 09:00, three working days: due Thursday 09:00; 12 h and 18 h of working time.
    [InlineData("2026-11-23T09:00", "3 working days", "c1/t0/warning-50", "2026-11-24T15:00")]
    [InlineData("2026-11-23T09:00", "3 working days", "c1/t0/warning-75", "2026-11-25T11:00")]
    [InlineData("2026-11-23T09:00", "3 working days", "c1/t0/due-today", "2026-11-26T07:00")]
    [InlineData("2026-11-23T09:00", "3 working days", "c1/t0/overdue", "2026-11-26T09:00")]
    // Friday 16:00, five working days: due Friday 27 16:00; 20 h and 30 h.
    [InlineData("2026-11-20T16:00", "5 working days", "c1/t0/warning-50", "2026-11-25T10:00")]
    [InlineData("2026-11-20T16:00", "5 working days", "c1/t0/warning-75", "2026-11-26T14:00")]
    [InlineData("2026-11-20T16:00", "5 working days", "c1/t0/due-today", "2026-11-27T07:00")]
    // Calendar days: due Monday 23 17:00, 29 working hours allowed; half is Friday 08:30.
    [InlineData("2026-11-18T10:00", "4 calendar days", "c1/t0/warning-50", "2026-11-20T08:30")]
    [InlineData("2026-11-18T10:00", "4 calendar days", "c1/t0/due-today", "2026-11-23T07:00")]
    // Across 30/4–1/5 2026: due Wednesday 6 May 09:00; half of 24 h is Monday 4 May 15:00.
    [InlineData("2026-04-29T09:00", "3 working days", "c1/t0/warning-50", "2026-05-04T15:00")]
    [InlineData("2026-04-29T09:00", "3 working days", "c1/t0/due-today", "2026-05-06T07:00")]
    // Received Friday 16:45 with one working day: due today is Monday's opening.
    [InlineData("2026-11-20T16:45", "1 working day", "c1/t0/due-today", "2026-11-23T07:00")]
    public void ThresholdFallsAtExactInstantWhenReceived(string received, string time, string key, string expected) =>
        Scenario.Start(received, time).Threshold(key).At.ShouldBe(Scenario.At(expected));

    [Theory]
    [InlineData("2026-11-23T07:00", "1 working day", null)] // due day opens at the clock start
    [InlineData("2026-11-23T09:00", "1 working day", "15:00")] // same-day promise
    [InlineData("2026-11-23T09:00", "4 working hours", null)]
    public void DueTodayIsAbsentWhenDueDayDoesNotOpenAfterClockStart(string received, string time, string? cutoff) =>
        Scenario.Start(received, time, cutoff: cutoff).Thresholds.Keys().ShouldNotContain("c1/t0/due-today");

    [Theory]
    [InlineData(2, "2026-11-26T11:00")] // Thursday 09:00 plus 2 working hours
    [InlineData(0.5, "2026-11-26T09:30")]
    [InlineData(3, "2026-11-26T14:00")] // over the lunch break
    public void LateWithoutApologyFiresAfterGraceWhenPolicyHasOne(double hours, string expected)
    {
        var policy = new AlertPolicy([0.5m, 0.75m], TimeSpan.FromHours(hours));

        var clock = Scenario.Start("2026-11-23T09:00", "3 working days", alerts: policy);

        clock.Threshold("c1/t0/late-without-apology").At.ShouldBe(Scenario.At(expected));
    }

    [Fact]
    public void WarningsFallAtConfiguredFractionsWhenPolicyIsNotTheDefault()
    {
        var policy = new AlertPolicy([0.9m, 0.25m], TimeSpan.Zero);

        var clock = Scenario.Start("2026-11-23T07:00", "1 working day", alerts: policy);

        clock.Thresholds.Where(t => t.Kind == SlaAlertKind.ElapsedWarning).Select(t => (t.Key, t.At)).ShouldBe(
        [
            ("c1/t0/warning-25", Scenario.At("2026-11-23T09:00")),
            ("c1/t0/warning-90", Scenario.At("2026-11-23T16:12")),
        ]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.1)]
    public void PolicyRefusesFractionWhenNotStrictlyBetweenZeroAndOne(double fraction) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new AlertPolicy([(decimal)fraction], TimeSpan.Zero));

    [Fact]
    public void OptionsGiveDefaultPolicyWhenNothingIsConfigured() =>
        new SlaAlertOptions().ToPolicy().ShouldBeEquivalentTo(AlertPolicy.Default);

    [Fact]
    public void PoliciesAndTermsAreEqualWhenBuiltFromEqualValues()
    {
        var policy = new AlertPolicy([0.75m, 0.5m], TimeSpan.Zero);

        policy.ShouldBe(AlertPolicy.Default);
        policy.GetHashCode().ShouldBe(AlertPolicy.Default.GetHashCode());
        new AlertPolicy([0.5m], TimeSpan.Zero).ShouldNotBe(AlertPolicy.Default);
        (Scenario.Terms("3 working days", alerts: policy) with { Steps = [.. Scenario.Steps] }).ShouldBe(Scenario.Terms("3 working days"));
        Scenario.Terms("3 working days").ShouldNotBe(Scenario.Terms("2 working days"));
    }
}
