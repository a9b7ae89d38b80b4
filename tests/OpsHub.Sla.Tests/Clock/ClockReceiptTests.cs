using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Lifecycle;
using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Tests.Clock;

public sealed class ClockReceiptTests
{
    private static readonly Procedure Registration = new()
    {
        Code = "KD-TEST",
        NameVi = "Đăng ký thử",
        FieldCode = "KD",
        Level = AuthorityLevel.Commune,
        LegalBasis = "test",
        ProcessingTime = ProcessingTime.WorkingDays(3),
        OnlineProcessingTime = ProcessingTime.WorkingDays(2),
        PauseMode = PauseMode.Restart,
        Steps = Scenario.Steps,
    };

    [Theory]
    [InlineData("2026-11-23T06:10", "1 working day", null, "2026-11-23T07:00", "2026-11-23T17:00")]
    [InlineData("2026-11-23T12:15", "1 working day", null, "2026-11-23T13:30", "2026-11-24T11:30")]
    [InlineData("2026-11-23T18:00", "1 working day", null, "2026-11-24T07:00", "2026-11-24T17:00")]
    [InlineData("2026-11-21T09:00", "2 working days", null, "2026-11-23T07:00", "2026-11-24T17:00")]
    [InlineData("2026-04-30T09:00", "3 working days", null, "2026-05-04T07:00", "2026-05-06T17:00")]
    [InlineData("2026-11-20T16:45", "1 working day", null, "2026-11-20T16:45", "2026-11-23T16:45")]
    [InlineData("2026-11-23T14:00", "1 working day", "15:00", "2026-11-23T14:00", "2026-11-23T17:00")]
    [InlineData("2026-11-23T15:20", "1 working day", "15:00", "2026-11-23T15:20", "2026-11-24T17:00")]
    [InlineData("2026-11-18T10:00", "4 calendar days", null, "2026-11-18T10:00", "2026-11-23T17:00")]
    [InlineData("2026-11-23T09:00", "4 working hours", null, "2026-11-23T09:00", "2026-11-23T15:00")]
    public void ClockStartsAtNextWorkingInstantAndDueFollowsTermsWhenReceived(string received, string time, string? cutoff, string clockStart, string due)
    {
        var clock = Scenario.Start(received, time, cutoff: cutoff);

        clock.Status.ShouldBe(PortalStatus.Received);
        clock.ReceivedAt.ShouldBe(Scenario.At(received));
        clock.ClockStartedAt.ShouldBe(Scenario.At(clockStart));
        clock.CycleStartedAt.ShouldBe(Scenario.At(clockStart));
        clock.DueAt.ShouldBe(Scenario.At(due));
        clock.InitialDueAt.ShouldBe(Scenario.At(due));
        clock.CurrentDueAt.ShouldBe(Scenario.At(due));
        clock.Cycle.ShouldBe(1);
    }

    [Theory]
    [InlineData(SubmissionChannel.InPerson, "2026-11-26T09:00")]
    [InlineData(SubmissionChannel.Online, "2026-11-25T09:00")]
    [InlineData(SubmissionChannel.Postal, "2026-11-26T09:00")]
    public void OnlineDossierGetsShorterTimeWhenProcedureHasOne(SubmissionChannel channel, string due)
    {
        var terms = SlaTerms.For(Registration, channel);

        var clock = DossierClock.Start(terms, Scenario.At("2026-11-23T09:00"), Scenario.Calendar);

        clock.DueAt.ShouldBe(Scenario.At(due));
        terms.PauseMode.ShouldBe(PauseMode.Restart);
        terms.Alerts.ShouldBe(AlertPolicy.Default);
    }

    [Fact]
    public void NothingIsOverdueOrPausedWhenJustReceived()
    {
        var clock = Scenario.Start("2026-11-23T09:00", "1 working day");

        clock.IsRunning.ShouldBeTrue();
        clock.IsPaused.ShouldBeFalse();
        clock.IsClosed.ShouldBeFalse();
        clock.IsOverdueAt(Scenario.At("2026-11-24T08:59")).ShouldBeFalse();
        clock.IsOverdueAt(Scenario.At("2026-11-24T09:00")).ShouldBeTrue();
        clock.Thresholds.ShouldAllBe(t => t.State == ThresholdState.Pending);
    }
}
