using System.Globalization;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Tests.Deadlines;

/// <summary>Default hours (07:00–11:30, 13:30–17:00, Monday–Friday, Asia/Ho_Chi_Minh), no holidays.</summary>
public sealed class WorkingDayDeadlineTests
{
    private static readonly DeadlineCalculator Deadlines = new(WorkCalendar.Default);

    // 2026-11-20 is a Friday, 2026-11-23 a Monday.
    [Theory]
    [InlineData("2026-11-20T15:00:00+07:00", 2, "2026-11-24T15:00:00+07:00")] // Fri 2h + Mon 8h + Tue 6h
    [InlineData("2026-11-20T15:00:00+07:00", 1, "2026-11-23T15:00:00+07:00")] // Fri 2h + Mon 6h
    [InlineData("2026-11-23T07:00:00+07:00", 1, "2026-11-23T17:00:00+07:00")] // a whole day ends at closing, not next opening
    [InlineData("2026-11-23T06:15:00+07:00", 1, "2026-11-23T17:00:00+07:00")] // before opening: starts at opening
    [InlineData("2026-11-23T12:10:00+07:00", 1, "2026-11-24T11:30:00+07:00")] // lunch: starts 13:30, 3.5h + 4.5h
    [InlineData("2026-11-23T17:45:00+07:00", 1, "2026-11-24T17:00:00+07:00")] // after closing: next morning
    [InlineData("2026-11-21T09:00:00+07:00", 1, "2026-11-23T17:00:00+07:00")] // Saturday: Monday opening
    [InlineData("2026-11-22T23:59:00+07:00", 3, "2026-11-25T17:00:00+07:00")] // Sunday night
    [InlineData("2026-11-23T09:00:00+07:00", 0.5, "2026-11-23T15:00:00+07:00")] // 4h: 2.5h morning + 1.5h afternoon
    [InlineData("2026-11-23T11:00:00+07:00", 0.0625, "2026-11-23T11:30:00+07:00")] // 30 min ending at the lunch break
    [InlineData("2026-11-20T08:00:00Z", 1, "2026-11-23T15:00:00+07:00")] // UTC input: 15:00 local Friday
    [InlineData("2026-11-23T09:00:00+07:00", 5, "2026-11-30T09:00:00+07:00")] // a working week
    [InlineData("2026-11-23T09:00:00+07:00", 15, "2026-12-14T09:00:00+07:00")] // three weeks
    public void DueInstantFollowsWorkingHoursWhenProcessingTimeIsInWorkingDays(string received, double days, string expected)
    {
        var due = Deadlines.DueAt(Parse(received), ProcessingTime.WorkingDays((decimal)days));

        due.ShouldBe(Parse(expected));
    }

    [Theory]
    [InlineData("2026-11-23T06:00:00+07:00", "2026-11-23T07:00:00+07:00")]
    [InlineData("2026-11-23T07:00:00+07:00", "2026-11-23T07:00:00+07:00")]
    [InlineData("2026-11-23T11:30:00+07:00", "2026-11-23T13:30:00+07:00")]
    [InlineData("2026-11-23T16:59:59+07:00", "2026-11-23T16:59:59+07:00")]
    [InlineData("2026-11-23T17:00:00+07:00", "2026-11-24T07:00:00+07:00")]
    [InlineData("2026-11-27T17:30:00+07:00", "2026-11-30T07:00:00+07:00")]
    public void ClockStartsAtNextWorkingInstantWhenReceivedOutsideWorkingHours(string received, string expected)
    {
        WorkCalendar.Default.ClockStart(Parse(received)).ShouldBe(Parse(expected));
    }

    [Theory]
    [InlineData("2026-11-23T07:00:00+07:00", "2026-11-23T17:00:00+07:00", 8)]
    [InlineData("2026-11-20T15:00:00+07:00", "2026-11-24T15:00:00+07:00", 16)]
    [InlineData("2026-11-21T00:00:00+07:00", "2026-11-23T00:00:00+07:00", 0)]
    [InlineData("2026-11-23T12:00:00+07:00", "2026-11-23T13:00:00+07:00", 0)]
    [InlineData("2026-11-23T17:00:00+07:00", "2026-11-23T07:00:00+07:00", 0)]
    public void WorkingTimeBetweenCountsOnlyWorkingPeriods(string from, string to, double hours)
    {
        WorkCalendar.Default.WorkingTimeBetween(Parse(from), Parse(to)).ShouldBe(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void AddingWorkingTimeIsTheInverseOfMeasuringItWhenStartingInsideWorkingHours()
    {
        var start = Parse("2026-11-23T09:17:00+07:00");
        for (var minutes = 0; minutes <= 8 * 60 * 7; minutes += 37)
        {
            var end = WorkCalendar.Default.AddWorkingTime(start, TimeSpan.FromMinutes(minutes));
            WorkCalendar.Default.WorkingTimeBetween(start, end).ShouldBe(TimeSpan.FromMinutes(minutes));
        }
    }

    [Fact]
    public void MoreProcessingTimeNeverGivesAnEarlierDueInstant()
    {
        var received = Parse("2026-11-20T16:40:00+07:00");
        var previous = DateTimeOffset.MinValue;
        for (var quarterDays = 0; quarterDays <= 120; quarterDays++)
        {
            var due = Deadlines.DueAt(received, ProcessingTime.WorkingDays(quarterDays / 4m));
            due.ShouldBeGreaterThanOrEqualTo(previous);
            previous = due;
        }
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
