using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;

namespace OpsHub.Sla.Tests.Calendar.Holidays;

public sealed class VietnamHolidayCalendarTests
{
    [Theory]
    [InlineData("2026-01-10", DayOverride.WorkingDay)]
    [InlineData("2026-08-31", DayOverride.Holiday)]
    [InlineData("2026-09-03", null)]
    [InlineData("2025-04-26", DayOverride.WorkingDay)]
    [InlineData("2030-02-06", DayOverride.Holiday)]
    [InlineData("2030-02-08", null)]
    [InlineData("2031-01-22", DayOverride.Holiday)]
    [InlineData("2031-01-23", DayOverride.Holiday)]
    public void UsesTableForItsYearsAndComputedDefaultsOtherwise(string date, DayOverride? expected) =>
        ShippedHolidays.Calendar.Find(Iso.Date(date)).ShouldBe(expected);

    [Fact]
    public void IgnoresComputedDefaultsWhenTableHoldsTheYear()
    {
        var table = new HolidayTable([HolidayTableLoader.ParseYear(HolidayJson.Year(2030, "2030-01-01"), "2030.json")]);
        var calendar = new VietnamHolidayCalendar(table, ComputedHolidays.Default);

        calendar.Find(new DateOnly(2030, 2, 4)).ShouldBeNull();
        calendar.YearOf(2030).Status.ShouldBe(HolidayYearStatus.Declared);
        calendar.YearOf(2031).Status.ShouldBe(HolidayYearStatus.Computed);
    }

    [Fact]
    public void DescribesDayWithBothNamesWhenDateIsDeclared()
    {
        var day = ShippedHolidays.Calendar.Describe(new DateOnly(2026, 4, 26)).ShouldNotBeNull();

        day.NameVi.ShouldBe("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        day.NameEn.ShouldBe("Hùng Kings' Commemoration Day");
    }
}
