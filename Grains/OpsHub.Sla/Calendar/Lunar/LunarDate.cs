using System.Globalization;

namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
public readonly record struct LunarDate
{
    /// <summary>Creates a lunar date; whether the day exists in that month is checked on conversion.</summary>
    /// <param name="year">The lunar year, numbered as the Gregorian year in which it begins (its Tết).</param>
    /// <param name="month">The month number, 1 to 12 (a leap month repeats the number of the month before it).</param>
    /// <param name="day">The day of the month, 1 to 30.</param>
    /// <param name="isLeapMonth">Whether the month is the intercalary month (tháng nhuận).</param>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 30);
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year, numbered as the Gregorian year in which it begins.</summary>
    public int Year { get; }

    /// <summary>The month number, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1 to 30.</summary>
    public int Day { get; }

    /// <summary>Whether the month is the intercalary month.</summary>
    public bool IsLeapMonth { get; }

    /// <summary>Day/month/year as written in Vietnam, with "nhuận" after a leap month, e.g. <c>10/3/2026</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : string.Empty)}/{Year}");
}
