namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// The Sun's apparent geocentric ecliptic longitude: the solution of J. Meeus (Astronomical Algorithms, 2nd ed.,
/// ch. 25) with nutation and aberration folded in, plus the five perturbation terms (Venus, Jupiter, the Moon and a
/// long-period term) of his Astronomical Formulae for Calculators, ch. 18. Against a VSOP87-based ephemeris the
/// solar terms come out within about seven minutes over 1900–2100 (about a minute and a half on average).
/// </summary>
internal static class SunLongitude
{
    /// <summary>The apparent longitude in degrees, in [0, 360), at Julian Ephemeris Day <paramref name="jde"/>.</summary>
    public static double Apparent(double jde)
    {
        var t = (jde - JulianDay.J2000) / 36525.0;
        var t2 = t * t;
        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t2);
        var meanAnomaly = 357.52911 + (35999.05029 * t) - (0.0001537 * t2);
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t2)) * Degrees.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Degrees.Sin(2 * meanAnomaly))
            + (0.000289 * Degrees.Sin(3 * meanAnomaly));
        var node = 125.04 - (1934.136 * t);
        return Degrees.Normalize(meanLongitude + centre - 0.00569 - (0.00478 * Degrees.Sin(node)) + Perturbations(jde));
    }

    private static double Perturbations(double jde)
    {
        // These terms are stated in centuries from 1900 January 0.5 (JD 2415020.0), not from J2000.
        var t = (jde - 2415020.0) / 36525.0;
        return (0.00134 * Degrees.Cos(153.23 + (22518.7541 * t)))
            + (0.00154 * Degrees.Cos(216.57 + (45037.5082 * t)))
            + (0.00200 * Degrees.Cos(312.69 + (32964.3577 * t)))
            + (0.00179 * Degrees.Sin(350.74 + (445267.1142 * t) - (0.00144 * t * t)))
            + (0.00178 * Degrees.Sin(231.19 + (20.20 * t)));
    }
}
