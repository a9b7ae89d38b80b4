namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// The astronomy behind the calendar for one meridian: on which local day each new moon falls and whether a
/// month holds a principal solar term (trung khí, a multiple of 30° of solar longitude).
/// </summary>
internal sealed class LunisolarReckoning(TimeSpan utcOffset)
{
    private const double WinterSolstice = 270.0;
    private const double PrincipalTermSpacing = 30.0;

    private readonly double _offsetDays = utcOffset.TotalDays;
    private readonly Dictionary<int, int> _newMoonDays = [];

    /// <summary>The local day (a <see cref="DateOnly.DayNumber"/>) that contains the new moon of lunation <paramref name="k"/>.</summary>
    public int NewMoonDay(int k)
    {
        if (!_newMoonDays.TryGetValue(k, out var day))
        {
            var jde = NewMoon.Jde(k);
            day = JulianDay.LocalDayNumber(jde - DeltaT.Days(jde), _offsetDays);
            _newMoonDays[k] = day;
        }

        return day;
    }

    /// <summary>The lunation that begins month 11, the month holding the winter solstice of <paramref name="gregorianYear"/>.</summary>
    public int Month11Lunation(int gregorianYear)
    {
        var december21 = new DateOnly(gregorianYear, 12, 21).DayNumber;
        var k = NewMoon.LunationBefore(JulianDay.LocalMidnight(december21, _offsetDays));

        // The mean lunation is only a guess: step until the month [start of k, start of k+1) holds 270°.
        while (LongitudeAtStartOf(NewMoonDay(k)) > WinterSolstice)
        {
            k--;
        }

        while (LongitudeAtStartOf(NewMoonDay(k + 1)) <= WinterSolstice)
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a principal term falls on a local day of the month that begins with lunation <paramref name="k"/>.</summary>
    public bool HasPrincipalTerm(int k)
    {
        var start = LongitudeAtStartOf(NewMoonDay(k));
        var end = LongitudeAtStartOf(NewMoonDay(k + 1));
        if (end < start)
        {
            end += 360.0;
        }

        // A term belongs to the local day that contains it, so a term exactly at midnight opens the later day.
        return Math.Ceiling(start / PrincipalTermSpacing) * PrincipalTermSpacing < end;
    }

    private double LongitudeAtStartOf(int dayNumber)
    {
        var ut = JulianDay.LocalMidnight(dayNumber, _offsetDays);
        return SunLongitude.Apparent(ut + DeltaT.Days(ut));
    }
}
