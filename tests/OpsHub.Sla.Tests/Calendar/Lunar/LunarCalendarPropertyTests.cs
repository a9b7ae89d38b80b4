using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Tests.Calendar.Lunar;

/// <summary>Invariants that must hold for every year 1900–2100.</summary>
public sealed class LunarCalendarPropertyTests
{
    private const int FirstYear = 1900;
    private const int LastYear = 2100;
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Instance;

    private static IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    [Fact]
    public void TetFallsBetween21JanuaryAnd20FebruaryWhenYearIsInRange()
    {
        var outside = Years
            .Select(y => Calendar.LunarNewYear(y))
            .Where(d => d < new DateOnly(d.Year, 1, 21) || d > new DateOnly(d.Year, 2, 20))
            .ToList();

        outside.ShouldBeEmpty();
    }

    [Fact]
    public void YearHasTwelveMonthsOrThirteenWithOneLeapWhenYearIsInRange()
    {
        foreach (var year in Years)
        {
            var months = Calendar.MonthsOf(year);
            var leaps = months.Count(m => m.IsLeap);

            (months.Count, leaps).ShouldBeOneOf((12, 0), (13, 1));
            months.Where(m => !m.IsLeap).Select(m => m.Number).ShouldBe(Enumerable.Range(1, 12), $"year {year}");
            months[0].FirstDay.ShouldBe(Calendar.LunarNewYear(year));
        }
    }

    [Fact]
    public void MonthsLast29Or30DaysAndFollowEachOtherWhenYearIsInRange()
    {
        var months = Years.SelectMany(Calendar.MonthsOf).ToList();

        months.ShouldAllBe(m => m.Length == 29 || m.Length == 30);
        for (var i = 1; i < months.Count; i++)
        {
            months[i].FirstDay.ShouldBe(months[i - 1].LastDay.AddDays(1));
        }
    }

    [Fact]
    public void ConsecutiveDaysAdvanceOneLunarDayOrStartNextMonthWhenWalkingTheRange()
    {
        var previous = Calendar.ToLunar(new DateOnly(FirstYear, 1, 1));
        for (var date = new DateOnly(FirstYear, 1, 2); date <= new DateOnly(LastYear, 12, 31); date = date.AddDays(1))
        {
            var current = Calendar.ToLunar(date);
            var sameMonth = (current.Year, current.Month, current.IsLeapMonth) == (previous.Year, previous.Month, previous.IsLeapMonth)
                && current.Day == previous.Day + 1;
            var nextMonth = current.Day == 1 && previous.Day is 29 or 30 && IsNextMonth(previous, current);
            (sameMonth || nextMonth).ShouldBeTrue($"{previous} → {current} on {date:yyyy-MM-dd}");
            previous = current;
        }
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1944)]
    [InlineData(1967)]
    [InlineData(1985)]
    [InlineData(2000)]
    [InlineData(2023)]
    [InlineData(2025)]
    [InlineData(2033)]
    [InlineData(2061)]
    [InlineData(2100)]
    public void GregorianToLunarToGregorianRoundTripsWhenEveryDayOfYearIsConverted(int year)
    {
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            Calendar.ToGregorian(Calendar.ToLunar(date)).ShouldBe(date);
        }
    }

    [Fact]
    public void WinterSolsticeFallsInMonth11WhenYearIsInRange()
    {
        foreach (var year in Years)
        {
            var solstice = LocalDayOfSolarLongitude(270, new DateOnly(year, 12, 15));
            var lunar = Calendar.ToLunar(solstice);

            (lunar.Month, lunar.IsLeapMonth).ShouldBe((11, false), $"solstice of {year} on {solstice:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void LeapMonthIsFirstMonthWithoutPrincipalTermWhenYearHasThirteenMonths()
    {
        var months = Enumerable.Range(FirstYear - 1, LastYear - FirstYear + 3).SelectMany(Calendar.MonthsOf).ToList();
        var leapIndexes = Enumerable.Range(0, months.Count).Where(i => months[i].IsLeap).ToList();

        leapIndexes.ShouldNotBeEmpty();
        foreach (var leap in leapIndexes)
        {
            HasPrincipalTerm(months[leap]).ShouldBeFalse($"leap month {months[leap]}");
            for (var i = leap - 1; months[i] is not { Number: 11, IsLeap: false }; i--)
            {
                HasPrincipalTerm(months[i]).ShouldBeTrue($"{months[i]} precedes the leap month {months[leap]}");
            }
        }
    }

    private static bool IsNextMonth(LunarDate previous, LunarDate current) =>
        (current.IsLeapMonth && !previous.IsLeapMonth && current.Month == previous.Month && current.Year == previous.Year)
        || (!current.IsLeapMonth && current.Month == (previous.Month % 12) + 1
            && current.Year == (current.Month == 1 ? previous.Year + 1 : previous.Year));

    private static bool HasPrincipalTerm(LunarMonth month)
    {
        var start = LongitudeAtLocalMidnight(month.FirstDay);
        var end = LongitudeAtLocalMidnight(month.LastDay.AddDays(1));
        if (end < start)
        {
            end += 360;
        }

        return Math.Ceiling(start / 30) * 30 < end;
    }

    private static DateOnly LocalDayOfSolarLongitude(double longitude, DateOnly from)
    {
        var day = from;
        while (LongitudeAtLocalMidnight(day.AddDays(1)) <= longitude)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static double LongitudeAtLocalMidnight(DateOnly day)
    {
        var ut = JulianDay.LocalMidnight(day.DayNumber, 7.0 / 24);
        return SunLongitude.Apparent(ut + DeltaT.Days(ut));
    }
}
