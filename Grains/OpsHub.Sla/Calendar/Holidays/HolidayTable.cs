using System.Collections.Frozen;

namespace OpsHub.Sla.Calendar.Holidays;

/// <summary>
/// The edited per-year holiday lists (one data file per year). Immutable: a reload builds a new table. A year the
/// table holds is authoritative for every date in it; a date of a year it does not hold is not its business.
/// </summary>
public sealed class HolidayTable
{
    private readonly FrozenDictionary<DateOnly, DeclaredDay> _days;

    /// <summary>Builds a table from year lists; two lists for the same year are an error.</summary>
    public HolidayTable(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var byYear = new Dictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"The year {year.Year} is listed twice.", nameof(years));
            }
        }

        Years = byYear.ToFrozenDictionary();
        _days = byYear.Values.SelectMany(y => y.Days).ToFrozenDictionary(d => d.Date);
    }

    /// <summary>A table that holds no year.</summary>
    public static HolidayTable Empty { get; } = new([]);

    /// <summary>The year lists, by Gregorian year.</summary>
    public IReadOnlyDictionary<int, HolidayYear> Years { get; }

    /// <summary>Whether the table holds <paramref name="year"/>.</summary>
    public bool Covers(int year) => Years.ContainsKey(year);

    /// <summary>The declared day on <paramref name="date"/>, or <c>null</c> when the weekly pattern applies or the year is not held.</summary>
    public DeclaredDay? Lookup(DateOnly date) => _days.GetValueOrDefault(date);
}
