using System.Collections.Concurrent;
using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>
/// The statutory holidays of a year for which no table was edited (Labour Code 2019, Art. 112): 1 January, five
/// Tết days, the Hùng Kings' day, 30 April, 1 May, 2 September and an adjacent day; a holiday on a weekend (or on
/// another holiday) gives a compensatory day off on the next weekday that is not already off. Bridge days and
/// swapped working days are declared each year and cannot be computed. Thread-safe; years are computed once.
/// </summary>
public sealed class ComputedHolidays
{
    private const string Source = "Computed: Labour Code 2019 Art. 112 and the Vietnamese lunar calendar (UTC+7).";

    private readonly ComputedHolidayOptions _options;
    private readonly VietnameseLunarCalendar _lunar;
    private readonly ConcurrentDictionary<int, HolidayYear> _years = new();

    public ComputedHolidays(ComputedHolidayOptions options, VietnameseLunarCalendar lunar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lunar);
        options.Validate();
        _options = options;
        _lunar = lunar;
    }

    /// <summary>The defaults: Tết from the day before to the fourth day, 1 September, weekend compensation, UTC+7.</summary>
    public static ComputedHolidays Default { get; } = new(new ComputedHolidayOptions(), VietnameseLunarCalendar.Instance);

    /// <summary>The computed days off of <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The lunar calendar does not cover the year.</exception>
    public HolidayYear ForYear(int year)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Holidays can be computed for {VietnameseLunarCalendar.MinYear} to {VietnameseLunarCalendar.MaxYear}.");
        }

        return _years.GetOrAdd(year, Compute);
    }

    /// <summary>The computed day off on <paramref name="date"/>, or <c>null</c>.</summary>
    public DeclaredDay? Lookup(DateOnly date)
    {
        foreach (var day in ForYear(date.Year).Days)
        {
            if (day.Date == date)
            {
                return day;
            }
        }

        return null;
    }

    private HolidayYear Compute(int year)
    {
        var days = new SortedDictionary<DateOnly, DeclaredDay>();
        var collided = new List<DeclaredDay>();
        foreach (var holiday in Statutory(year))
        {
            if (!days.TryAdd(holiday.Date, holiday))
            {
                collided.Add(holiday);
            }
        }

        if (_options.CompensateWeekendHolidays)
        {
            var owed = days.Values.Where(d => IsWeekend(d.Date)).Concat(collided).OrderBy(d => d.Date).ToList();
            foreach (var holiday in owed)
            {
                var day = holiday.Date.AddDays(1);
                while (IsWeekend(day) || days.ContainsKey(day))
                {
                    day = day.AddDays(1);
                }

                days.Add(day, new DeclaredDay(day, DayOverride.Holiday, $"Nghỉ bù {holiday.NameVi}", $"Compensatory day off for {holiday.NameEn}"));
            }
        }

        return new HolidayYear(year, HolidayYearStatus.Computed, Source, null, [.. days.Values]);
    }

    private IEnumerable<DeclaredDay> Statutory(int year)
    {
        yield return Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch", "New Year's Day");

        var tet = _lunar.LunarNewYear(year);
        foreach (var offset in _options.TetDayOffsets.Order())
        {
            var date = tet.AddDays(offset);
            var lunar = _lunar.ToLunar(date);
            yield return Holiday(date, $"Tết Nguyên đán ({lunar} âm lịch)", $"Lunar New Year (Tết), lunar {lunar}");
        }

        yield return Holiday(_lunar.HungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day");
        yield return Holiday(new DateOnly(year, 4, 30), "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)", "Reunification Day");
        yield return Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day");

        var adjacent = _options.NationalDayAdjacentDay == NationalDayAdjacentDay.DayBefore ? 1 : 3;
        var national = new[] { new DateOnly(year, 9, 2), new DateOnly(year, 9, adjacent) }.Order();
        foreach (var date in national)
        {
            yield return date.Day == 2
                ? Holiday(date, "Quốc khánh", "National Day")
                : Holiday(date, "Quốc khánh (ngày liền kề)", "National Day (adjacent day)");
        }
    }

    private static DeclaredDay Holiday(DateOnly date, string nameVi, string nameEn) => new(date, DayOverride.Holiday, nameVi, nameEn);

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
