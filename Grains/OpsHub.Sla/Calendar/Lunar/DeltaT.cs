namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// ΔT = TT − UT, in days: the lunar and solar series give Terrestrial Time, calendar days run on Universal Time.
/// Polynomials of Espenak and Meeus (NASA Five Millennium Canon); between 1860 and 2150 they stay within seconds
/// of the observed or predicted values, which is far below what could move a new moon across midnight.
/// </summary>
internal static class DeltaT
{
    private const double SecondsPerDay = 86400.0;

    public static double Days(double julianDay) => Seconds(2000.0 + ((julianDay - JulianDay.J2000) / 365.25)) / SecondsPerDay;

    public static double Seconds(double year) => year switch
    {
        < 1860 or >= 2150 => LongTerm(year),
        < 1900 => Poly(year - 1860, 7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174),
        < 1920 => Poly(year - 1900, -2.79, 1.494119, -0.0598939, 0.0061966, -0.000197),
        < 1941 => Poly(year - 1920, 21.20, 0.84493, -0.076100, 0.0020936),
        < 1961 => Poly(year - 1950, 29.07, 0.407, -1.0 / 233, 1.0 / 2547),
        < 1986 => Poly(year - 1975, 45.45, 1.067, -1.0 / 260, -1.0 / 718),
        < 2005 => Poly(year - 2000, 63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599),
        < 2050 => Poly(year - 2000, 62.92, 0.32217, 0.005589),
        _ => LongTerm(year) - (0.5628 * (2150 - year)),
    };

    private static double LongTerm(double year)
    {
        var u = (year - 1820) / 100;
        return -20 + (32 * u * u);
    }

    private static double Poly(double t, params ReadOnlySpan<double> coefficients)
    {
        var sum = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            sum = (sum * t) + coefficients[i];
        }

        return sum;
    }
}
