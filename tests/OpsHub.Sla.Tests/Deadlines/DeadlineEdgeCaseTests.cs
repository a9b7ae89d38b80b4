using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Tests.Clock;

namespace OpsHub.Sla.Tests.Deadlines;

/// <summary>Due instants at the awkward edges: week ends, holidays, hours, calendar days landing on days off.</summary>
public sealed class DeadlineEdgeCaseTests
{
    private static readonly DeadlineCalculator Deadlines = new(Scenario.Calendar);

    [Theory]
    // Friday 16:45: a quarter hour on Friday, the other 7 h 45 on Monday.
    [InlineData("2026-11-20T16:45", "1 working day", "2026-11-23T16:45")]
    // Received on 30/4/2026, a holiday: the clock starts on Monday 4 May.
    [InlineData("2026-04-30T10:00", "1 working day", "2026-05-04T17:00")]
    // Wednesday 16:00 before the 30/4–1/5 break: 1 h, then 7 h on Monday 4 May.
    [InlineData("2026-04-29T16:00", "1 working day", "2026-05-04T16:00")]
    [InlineData("2026-11-23T09:00", "4 working hours", "2026-11-23T15:00")]
    [InlineData("2026-11-23T10:00", "8 working hours", "2026-11-24T10:00")]
    [InlineData("2026-11-23T16:00", "2 working hours", "2026-11-24T08:00")]
    [InlineData("2026-11-23T11:15", "0.5 working hours", "2026-11-23T13:45")]
    // Friday 13 Feb 2026, 15:00: 2 h, then Tết closes the office until Monday 23 Feb.
    [InlineData("2026-02-13T15:00", "4 working hours", "2026-02-23T09:00")]
    // Calendar days: landing on Sunday 22 Nov or Saturday 21 Nov moves to Monday's closing.
    [InlineData("2026-11-18T10:00", "4 calendar days", "2026-11-23T17:00")]
    [InlineData("2026-11-17T10:00", "4 calendar days", "2026-11-23T17:00")]
    // Calendar days promise a date: the closing of the day the count lands on.
    [InlineData("2026-11-23T10:00", "10 calendar days", "2026-12-03T17:00")]
    // Calendar days count from the clock start: Saturday's receipt starts Monday 07:00.
    [InlineData("2026-11-21T10:00", "3 calendar days", "2026-11-26T17:00")]
    // From Friday 10:00, 1 day lands on Saturday and 3 days on Monday: the same promise, never an earlier one.
    [InlineData("2026-11-20T10:00", "1 calendar day", "2026-11-23T17:00")]
    [InlineData("2026-11-20T10:00", "3 calendar days", "2026-11-23T17:00")]
    // Half a calendar day from 16:00 lands at 04:00 next morning: that day's closing, not a time before opening.
    [InlineData("2026-11-23T16:00", "0.5 calendar days", "2026-11-24T17:00")]
    // After Friday's closing: starts Monday 07:00, lands on Saturday 28, moves to Monday 30.
    [InlineData("2026-11-20T18:00", "5 calendar days", "2026-11-30T17:00")]
    // 30 days from Friday 3 April 2026 land on Sunday 3 May, after the 30/4–1/5 break: Monday 4 May.
    [InlineData("2026-04-03T09:00", "30 calendar days", "2026-05-04T17:00")]
    public void DueAtFollowsCalendarWhenReceiptOrDueFallsOnAnEdge(string received, string time, string expected) =>
        Deadlines.DueAt(Scenario.At(received), ProcessingTimeText.Parse(time)).ShouldBe(Scenario.At(expected));
}
