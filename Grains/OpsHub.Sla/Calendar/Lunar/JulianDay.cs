namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>Conversions between Julian days (UT) and local calendar days (<see cref="DateOnly.DayNumber"/>).</summary>
internal static class JulianDay
{
    /// <summary>The Julian day of 2000 January 1, 12:00 TT, the epoch of the solar series.</summary>
    public const double J2000 = 2451545.0;

    // Julian day of 0001-01-01 00:00 UT in the proleptic Gregorian calendar, i.e. of DayNumber 0 at midnight.
    private const double DayNumberEpoch = 1721425.5;

    /// <summary>The Julian day (UT) of local midnight at the start of <paramref name="dayNumber"/>.</summary>
    public static double LocalMidnight(int dayNumber, double utcOffsetDays) => dayNumber + DayNumberEpoch - utcOffsetDays;

    /// <summary>The local calendar day that contains the instant <paramref name="julianDayUt"/>.</summary>
    public static int LocalDayNumber(double julianDayUt, double utcOffsetDays) =>
        (int)Math.Floor(julianDayUt + utcOffsetDays - DayNumberEpoch);
}
