namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>
/// Vietnam's holidays for <see cref="WorkCalendar"/>: the edited table for every year it holds (declared days,
/// bridge days and swapped working days), the computed statutory defaults for any other year.
/// </summary>
public sealed class VietnamHolidayCalendar : IHolidayCalendar
{
    private readonly Func<HolidayTable> _table;
    private readonly ComputedHolidays _computed;

    /// <summary>Follows the store, so a reloaded table takes effect at once.</summary>
    public VietnamHolidayCalendar(HolidayTableStore store, ComputedHolidays computed)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(computed);
        _table = () => store.Current;
        _computed = computed;
    }

    /// <summary>Uses a fixed table.</summary>
    public VietnamHolidayCalendar(HolidayTable table, ComputedHolidays computed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(computed);
        _table = () => table;
        _computed = computed;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The table does not hold the year and the lunar calendar does not cover it (before 1899, after 2101).</exception>
    public DayOverride? Find(DateOnly date) => Describe(date)?.Kind;

    /// <summary>The declared or computed day on <paramref name="date"/> with its names, or <c>null</c> for an ordinary day.</summary>
    public DeclaredDay? Describe(DateOnly date)
    {
        var table = _table();
        return table.Covers(date.Year) ? table.Lookup(date) : _computed.Lookup(date);
    }

    /// <summary>The list that governs <paramref name="year"/>: the table's when it holds the year, else the computed one.</summary>
    public HolidayYear YearOf(int year)
    {
        var table = _table();
        return table.Years.TryGetValue(year, out var listed) ? listed : _computed.ForYear(year);
    }
}
