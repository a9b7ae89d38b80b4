using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Tests.Clock;

namespace OpsHub.Sla.Tests.Deadlines;

/// <summary>Same-day procedures (copy certification, birth registration): the cut-off is 15:00 unless said otherwise.</summary>
public sealed class SameDayCutoffTests
{
    private static readonly DeadlineCalculator Deadlines = new(Scenario.Calendar);
    private static readonly TimeOnly Cutoff = new(15, 0);

    // 2026-11-23 is a Monday; 30 Apr and 1 May 2026 (Thu, Fri) are holidays; Sat 10 Jan 2026 is a swapped working day.
    [Theory]
    [InlineData("2026-11-23T09:00", 1, "2026-11-23T17:00")] // before the cut-off: closing of the same day
    [InlineData("2026-11-23T14:59", 1, "2026-11-23T17:00")]
    [InlineData("2026-11-23T15:00", 1, "2026-11-24T17:00")] // at the cut-off: the next working day
    [InlineData("2026-11-23T16:30", 1, "2026-11-24T17:00")]
    [InlineData("2026-11-23T06:30", 1, "2026-11-23T17:00")] // before opening: the clock starts at 07:00
    [InlineData("2026-11-23T12:00", 1, "2026-11-23T17:00")] // lunch: the clock starts at 13:30
    [InlineData("2026-11-23T17:30", 1, "2026-11-24T17:00")] // after closing: tomorrow's 07:00 is before the cut-off
    [InlineData("2026-11-27T15:30", 1, "2026-11-30T17:00")] // Friday after the cut-off: Monday
    [InlineData("2026-11-28T10:00", 1, "2026-11-30T17:00")] // Saturday: Monday counts as the first day
    [InlineData("2026-04-29T15:10", 1, "2026-05-04T17:00")] // Wednesday after the cut-off, then 30/4 and 1/5
    [InlineData("2026-04-30T09:00", 1, "2026-05-04T17:00")] // on the 30/4 holiday
    [InlineData("2026-01-09T15:30", 1, "2026-01-10T17:00")] // Friday after the cut-off: the swapped Saturday works
    [InlineData("2026-11-23T10:00", 2, "2026-11-24T17:00")] // two days: receipt day plus one
    [InlineData("2026-11-23T15:30", 2, "2026-11-25T17:00")]
    public void DueAtClosingOfCountedDayWhenProcedureHasSameDayCutoff(string received, int days, string expected) =>
        Deadlines.DueAt(Scenario.At(received), ProcessingTime.WorkingDays(days), Cutoff).ShouldBe(Scenario.At(expected));

    [Fact]
    public void DueAtIgnoresCutoffWhenNoneIsGiven() =>
        Deadlines.DueAt(Scenario.At("2026-11-23T15:30"), ProcessingTime.WorkingDays(1), null).ShouldBe(Scenario.At("2026-11-24T15:30"));

    [Theory]
    [InlineData(1, ProcessingTimeUnit.CalendarDays)]
    [InlineData(8, ProcessingTimeUnit.WorkingHours)]
    [InlineData(0.5, ProcessingTimeUnit.WorkingDays)]
    [InlineData(0, ProcessingTimeUnit.WorkingDays)]
    public void DueAtThrowsWhenCutoffIsCombinedWithTimeThatIsNotWholeWorkingDays(double amount, ProcessingTimeUnit unit) =>
        Should.Throw<ArgumentException>(() => Deadlines.DueAt(Scenario.At("2026-11-23T09:00"), new ProcessingTime((decimal)amount, unit), Cutoff));
}
