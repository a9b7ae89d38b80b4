namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed from astronomical new moons and solar terms for the
/// 105°E meridian (UTC+7). It differs from the Chinese calendar, which reckons at UTC+8, whenever a new moon or a
/// principal term falls between 23:00 and 24:00 Vietnam time (Tết 2030 is 2 February here, 3 February there).
/// Covers the lunar years <see cref="MinYear"/> to <see cref="MaxYear"/>, which hold every date of 1900–2100.
/// Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// New moons come out within about 20 seconds of a modern ephemeris, principal terms within about 7 minutes. A few
/// months of 1900–2100 begin with a new moon less than a minute from local midnight (July 1967, November 2077:
/// seconds either way), so their first day is uncertain by one day in any computation of this kind.
/// </remarks>
public sealed class VietnameseLunarCalendar
{
    /// <summary>The first lunar year covered.</summary>
    public const int MinYear = 1899;

    /// <summary>The last lunar year covered.</summary>
    public const int MaxYear = 2101;

    private readonly LunarMonthTable _table;

    /// <summary>Computes the calendar for a meridian given as its offset from UTC.</summary>
    /// <param name="utcOffset">
    /// UTC+7 for Vietnam (see <see cref="Instance"/>). Other offsets are for comparison only: UTC+8 gives the
    /// Chinese reckoning of the same rules.
    /// </param>
    public VietnameseLunarCalendar(TimeSpan utcOffset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(utcOffset, TimeSpan.FromHours(-14));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utcOffset, TimeSpan.FromHours(14));
        UtcOffset = utcOffset;
        _table = LunarMonthTable.Build(utcOffset, MinYear, MaxYear);
    }

    /// <summary>The calendar for Vietnam, UTC+7.</summary>
    public static VietnameseLunarCalendar Instance { get; } = new(TimeSpan.FromHours(7));

    /// <summary>The meridian's offset from UTC the calendar was computed for.</summary>
    public TimeSpan UtcOffset { get; }

    /// <summary>The first civil date covered, day 1 of month 1 of <see cref="MinYear"/>.</summary>
    public DateOnly MinSupportedDate => _table.First;

    /// <summary>The last civil date covered, the last day of <see cref="MaxYear"/>.</summary>
    public DateOnly MaxSupportedDate => _table.Last;

    /// <summary>The lunar date of a civil (Gregorian) date.</summary>
    public LunarDate ToLunar(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The lunar calendar covers {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");
        }

        var month = _table.MonthContaining(date);
        return new LunarDate(month.Year, month.Number, date.DayNumber - month.FirstDay.DayNumber + 1, month.IsLeap);
    }

    /// <summary>The civil date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not covered, the year has no such (leap) month, or the month is shorter.</exception>
    public DateOnly ToGregorian(LunarDate date)
    {
        var month = Month(date.Year, date.Month, date.IsLeapMonth);
        if (date.Day > month.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Month {month.Number} of {month.Year} has {month.Length} days.");
        }

        return month.FirstDay.AddDays(date.Day - 1);
    }

    /// <summary>The civil date of day <paramref name="day"/> of month <paramref name="month"/> of lunar year <paramref name="year"/>.</summary>
    public DateOnly ToGregorian(int year, int month, int day, bool isLeapMonth = false) =>
        ToGregorian(new LunarDate(year, month, day, isLeapMonth));

    /// <summary>Tết Nguyên đán: the first day of the first month of the lunar year that begins in <paramref name="gregorianYear"/>.</summary>
    public DateOnly LunarNewYear(int gregorianYear) => ToGregorian(gregorianYear, 1, 1);

    /// <summary>The Hùng Kings' commemoration (Giỗ Tổ Hùng Vương): the 10th day of the 3rd lunar month.</summary>
    public DateOnly HungKingsDay(int gregorianYear) => ToGregorian(gregorianYear, 3, 10);

    /// <summary>The months of lunar year <paramref name="lunarYear"/> in order: 12, or 13 with a leap month.</summary>
    public IReadOnlyList<LunarMonth> MonthsOf(int lunarYear)
    {
        CheckYear(lunarYear);
        return _table.MonthsOf(lunarYear).ToArray();
    }

    /// <summary>The number of the leap month of <paramref name="lunarYear"/>, or <c>null</c> in a 12-month year.</summary>
    public int? LeapMonthOf(int lunarYear)
    {
        CheckYear(lunarYear);
        foreach (var month in _table.MonthsOf(lunarYear))
        {
            if (month.IsLeap)
            {
                return month.Number;
            }
        }

        return null;
    }

    private LunarMonth Month(int year, int number, bool isLeap)
    {
        CheckYear(year);
        foreach (var month in _table.MonthsOf(year))
        {
            if (month.Number == number && month.IsLeap == isLeap)
            {
                return month;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(isLeap), isLeap, $"Lunar year {year} has no leap month {number}.");
    }

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The lunar calendar covers the years {MinYear} to {MaxYear}.");
        }
    }
}
