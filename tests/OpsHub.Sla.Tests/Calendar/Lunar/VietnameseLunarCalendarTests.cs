using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Tests.Calendar.Lunar;

public sealed class VietnameseLunarCalendarTests
{
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Instance;

    [Theory]
    [InlineData(2015, "2015-02-19")]
    [InlineData(2016, "2016-02-08")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2018, "2018-02-16")]
    [InlineData(2019, "2019-02-05")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2031, "2031-01-23")]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2053, "2053-02-18")]
    public void LunarNewYearIsKnownTetWhenYearIsGiven(int year, string expected) =>
        Calendar.LunarNewYear(year).ShouldBe(Iso.Date(expected));

    // Same rules reckoned at UTC+8 give the Chinese dates: the difference is the meridian, nothing else.
    [Theory]
    [InlineData(2030, "2030-02-03")]
    [InlineData(2007, "2007-02-18")]
    [InlineData(1985, "1985-02-20")]
    [InlineData(1968, "1968-01-30")]
    [InlineData(2053, "2053-02-19")]
    public void LunarNewYearIsChineseDateWhenReckonedAtUtc8(int year, string expected) =>
        new VietnameseLunarCalendar(TimeSpan.FromHours(8)).LunarNewYear(year).ShouldBe(Iso.Date(expected));

    [Theory]
    [InlineData(2016, "2016-04-16")]
    [InlineData(2019, "2019-04-14")]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void HungKingsDayIsKnownDateWhenYearIsGiven(int year, string expected) =>
        Calendar.HungKingsDay(year).ShouldBe(Iso.Date(expected));

    [Theory]
    [InlineData("2025-01-28", 2024, 12, 29, false)]
    [InlineData("2025-01-27", 2024, 12, 28, false)]
    [InlineData("2025-02-02", 2025, 1, 5, false)]
    [InlineData("2026-02-14", 2025, 12, 27, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2026-02-22", 2026, 1, 6, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2020-05-23", 2020, 4, 1, true)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2024-09-17", 2024, 8, 15, false)]
    [InlineData("2025-10-06", 2025, 8, 15, false)]
    [InlineData("1900-01-01", 1899, 12, 1, false)]
    public void ToLunarGivesKnownDateWhenDateIsGiven(string gregorian, int year, int month, int day, bool leap)
    {
        var date = Iso.Date(gregorian);

        Calendar.ToLunar(date).ShouldBe(new LunarDate(year, month, day, leap));
        Calendar.ToGregorian(year, month, day, leap).ShouldBe(date);
    }

    [Theory]
    [InlineData(1985, 2)]
    [InlineData(2004, 2)]
    [InlineData(2006, 7)]
    [InlineData(2009, 5)]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2033, 11)]
    public void LeapMonthIsKnownMonthWhenYearHasThirteenMonths(int year, int leapMonth)
    {
        Calendar.LeapMonthOf(year).ShouldBe(leapMonth);
        Calendar.MonthsOf(year).Count.ShouldBe(13);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2030)]
    public void LeapMonthIsNullWhenYearHasTwelveMonths(int year)
    {
        Calendar.LeapMonthOf(year).ShouldBeNull();
        Calendar.MonthsOf(year).Count.ShouldBe(12);
    }

    [Fact]
    public void LeapMonthFollowsItsNamesakeWhenYearHasThirteenMonths()
    {
        var months = Calendar.MonthsOf(2025);

        months.Select(m => m.IsLeap ? $"{m.Number}L" : $"{m.Number}")
            .ShouldBe(["1", "2", "3", "4", "5", "6", "6L", "7", "8", "9", "10", "11", "12"]);
        months[6].FirstDay.ShouldBe(new DateOnly(2025, 7, 25));
    }

    [Fact]
    public void ToGregorianThrowsWhenYearHasNoSuchLeapMonth() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.ToGregorian(2024, 3, 1, isLeapMonth: true));

    [Fact]
    public void ToGregorianThrowsWhenMonthIsShorterThanDay()
    {
        // Month 12 of Giáp Thìn (2024) has 29 days: Tết Ất Tỵ followed its 29th.
        Calendar.MonthsOf(2024)[^1].Length.ShouldBe(29);
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.ToGregorian(2024, 12, 30));
    }

    [Theory]
    [InlineData("1850-06-01")]
    [InlineData("2150-06-01")]
    public void ToLunarThrowsWhenDateIsOutsideCoveredYears(string date) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.ToLunar(Iso.Date(date)));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 31)]
    public void LunarDateThrowsWhenMonthOrDayIsOutOfRange(int month, int day) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LunarDate(2025, month, day));

    [Fact]
    public void LunarDateIsWrittenDayMonthYearWhenFormatted()
    {
        new LunarDate(2026, 3, 10).ToString().ShouldBe("10/3/2026");
        new LunarDate(2025, 6, 1, isLeapMonth: true).ToString().ShouldBe("1/6 nhuận/2025");
    }
}
