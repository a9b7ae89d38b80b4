using OpsHub.Sla.Calendar;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Tests.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Calendar;

/// <summary>Deadlines across Vietnamese holidays, with the shipped tables (2025–2027) and computed defaults beyond.</summary>
public sealed class WorkCalendarHolidayTests
{
    private static readonly WorkCalendar Calendar = new(WorkingHours.Default, ShippedHolidays.Calendar, VietnamTime.Zone);
    private static readonly DeadlineCalculator Deadlines = new(Calendar);

    [Theory]
    // 30 Apr and 1 May 2026 are Thu–Fri: Tue 6 h + Wed 8 h, then Mon 4 May 8 h, the last 2 h on Tue 5 May.
    [InlineData("2026-04-28T09:00", 3, "2026-05-05T09:00")]
    // Hùng Kings' day 2026 is a Sunday: Monday 27 Apr is the compensatory day off.
    [InlineData("2026-04-24T10:00", 1, "2026-04-28T10:00")]
    // Tết Bính Ngọ: 16–20 Feb off, the weekends around it too.
    [InlineData("2026-02-12T14:00", 3, "2026-02-24T14:00")]
    // Received during Tết: the clock starts at the first opening after the break.
    [InlineData("2026-02-18T10:00", 1, "2026-02-23T17:00")]
    // Saturday 10 Jan 2026 is worked in exchange for Friday 2 Jan.
    [InlineData("2026-01-09T16:00", 1, "2026-01-10T16:00")]
    [InlineData("2025-12-31T09:00", 1, "2026-01-05T09:00")]
    // Saturday 26 Apr 2025 worked; Wed 30 Apr to Sun 4 May off.
    [InlineData("2025-04-25T16:00", 1, "2025-04-26T16:00")]
    [InlineData("2025-04-29T08:00", 2, "2025-05-06T08:00")]
    // Tết Ất Tỵ: 27–31 Jan 2025 off.
    [InlineData("2025-01-24T11:00", 2, "2025-02-04T11:00")]
    // National Day 2026: Sat 22 Aug worked, Mon 31 Aug – Wed 2 Sep off.
    [InlineData("2026-08-28T09:00", 1, "2026-09-03T09:00")]
    // 2030 has no table: computed Tết 1–5 Feb plus compensation 6–7 Feb.
    [InlineData("2030-01-31T09:00", 2, "2030-02-11T09:00")]
    public void DueAtSkipsHolidaysWhenProcessingTimeIsInWorkingDays(string receivedLocal, int workingDays, string dueLocal) =>
        Deadlines.DueAt(Local(receivedLocal), ProcessingTime.WorkingDays(workingDays)).ShouldBe(Local(dueLocal));

    [Theory]
    // Lands on Sun 15 Feb 2026; Tết keeps the office shut until Mon 23 Feb, whose closing is the promise.
    [InlineData("2026-02-10T10:00", 5, "2026-02-23T17:00")]
    // Lands on Thu 30 Apr 2026: the next working day is Mon 4 May.
    [InlineData("2026-04-20T10:00", 10, "2026-05-04T17:00")]
    // Lands on Sat 26 Apr 2025, a swapped working day: that day stands, and its closing is the promise.
    [InlineData("2025-04-16T10:00", 10, "2025-04-26T17:00")]
    public void DueAtMovesToNextWorkingDayWhenCalendarDaysLandOnAHoliday(string receivedLocal, int days, string dueLocal) =>
        Deadlines.DueAt(Local(receivedLocal), ProcessingTime.CalendarDays(days)).ShouldBe(Local(dueLocal));

    [Theory]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-08-22", true)]
    [InlineData("2025-04-26", true)]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-05-05", true)]
    [InlineData("2027-02-10", false)]
    [InlineData("2030-02-06", false)]
    [InlineData("2030-02-08", true)]
    public void IsWorkingDayFollowsDeclaredAndComputedDaysWhenDateIsGiven(string date, bool working) =>
        Calendar.IsWorkingDay(Iso.Date(date)).ShouldBe(working);

    [Fact]
    public void WorkingTimeBetweenCountsNoHolidayWhenSpanCoversTet()
    {
        // Fri 13 Feb 07:00 to Tue 24 Feb 07:00, 2026: Fri 13 and Mon 23 only.
        Calendar.WorkingTimeBetween(Local("2026-02-13T07:00"), Local("2026-02-24T07:00")).ShouldBe(TimeSpan.FromHours(16));
    }

    private static DateTimeOffset Local(string text) => Iso.Instant(text + ":00+07:00");
}
