namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// Every lunar month of a range of lunar years, in order, built from the rules: a month starts on the local day of
/// the new moon; the month holding the winter solstice is month 11; when 13 months lie between two months 11, the
/// first of them after month 11 without a principal term is the leap month and repeats the previous number.
/// </summary>
internal sealed class LunarMonthTable
{
    private readonly LunarMonth[] _months;
    private readonly int[] _firstDays;
    private readonly Dictionary<int, int> _yearStarts;

    private LunarMonthTable(List<LunarMonth> months)
    {
        _months = [.. months];
        _firstDays = [.. months.Select(m => m.FirstDay.DayNumber)];
        _yearStarts = [];
        for (var i = 0; i < _months.Length; i++)
        {
            if (_months[i] is { Number: 1, IsLeap: false })
            {
                _yearStarts[_months[i].Year] = i;
            }
        }
    }

    /// <summary>The first civil date the table covers.</summary>
    public DateOnly First => _months[0].FirstDay;

    /// <summary>The last civil date the table covers.</summary>
    public DateOnly Last => _months[^1].LastDay;

    /// <summary>Builds the complete lunar years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public static LunarMonthTable Build(TimeSpan utcOffset, int firstYear, int lastYear)
    {
        var reckoning = new LunisolarReckoning(utcOffset);
        var months = new List<LunarMonth>();

        // Months 1–10 of lunar year Y lie in the span that starts with month 11 of Gregorian year Y − 1.
        for (var year = firstYear - 1; year <= lastYear; year++)
        {
            AddSpan(reckoning, year, months);
        }

        months.RemoveAll(m => m.Year < firstYear || m.Year > lastYear);
        return new LunarMonthTable(months);
    }

    /// <summary>The month that contains <paramref name="date"/>; the date must lie in the table.</summary>
    public LunarMonth MonthContaining(DateOnly date)
    {
        var index = Array.BinarySearch(_firstDays, date.DayNumber);
        return _months[index >= 0 ? index : ~index - 1];
    }

    /// <summary>The months of <paramref name="lunarYear"/> in order, or an empty span when the table does not hold it.</summary>
    public ReadOnlySpan<LunarMonth> MonthsOf(int lunarYear)
    {
        if (!_yearStarts.TryGetValue(lunarYear, out var start))
        {
            return [];
        }

        var end = _yearStarts.TryGetValue(lunarYear + 1, out var next) ? next : _months.Length;
        return _months.AsSpan(start, end - start);
    }

    private static void AddSpan(LunisolarReckoning reckoning, int gregorianYear, List<LunarMonth> months)
    {
        var first = reckoning.Month11Lunation(gregorianYear);
        var next = reckoning.Month11Lunation(gregorianYear + 1);
        var count = next - first;
        if (count is not (12 or 13))
        {
            throw new InvalidOperationException($"Found {count} lunations between two winter solstice months of {gregorianYear}.");
        }

        var leap = count == 13 ? FirstWithoutPrincipalTerm(reckoning, first + 1, next) : int.MinValue;
        var number = 11;
        var lunarYear = gregorianYear;
        for (var k = first; k < next; k++)
        {
            if (k != first && k != leap)
            {
                number = (number % 12) + 1;
                if (number == 1)
                {
                    lunarYear = gregorianYear + 1;
                }
            }

            var firstDay = reckoning.NewMoonDay(k);
            var length = reckoning.NewMoonDay(k + 1) - firstDay;
            months.Add(new LunarMonth(lunarYear, number, k == leap, DateOnly.FromDayNumber(firstDay), length));
        }
    }

    private static int FirstWithoutPrincipalTerm(LunisolarReckoning reckoning, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!reckoning.HasPrincipalTerm(k))
            {
                return k;
            }
        }

        // Twelve principal terms cannot fill thirteen months; reaching here means the astronomy is wrong.
        throw new InvalidOperationException("A thirteen-month span has no month without a principal term.");
    }
}
