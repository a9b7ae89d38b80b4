namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>
/// Instants of true new moons from the mean lunation plus periodic terms (J. Meeus, Astronomical Algorithms,
/// 2nd ed., ch. 49). Lunation <c>k = 0</c> is the new moon of 2000 January 6. Results are Julian Ephemeris Days
/// (TT); the stated accuracy is a few seconds over several centuries around 2000.
/// </summary>
internal static class NewMoon
{
    /// <summary>Mean length of a lunation in days.</summary>
    public const double SynodicMonth = 29.530588861;

    private const double MeanEpoch = 2451550.09766;

    /// <summary>The lunation whose mean new moon falls on or before <paramref name="julianDay"/>.</summary>
    public static int LunationBefore(double julianDay) => (int)Math.Floor((julianDay - MeanEpoch) / SynodicMonth);

    /// <summary>The Julian Ephemeris Day of the true new moon of lunation <paramref name="k"/>.</summary>
    public static double Jde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var mean = MeanEpoch + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var sun = 2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3);
        var moon = 201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4);
        var latitude = 160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4);
        var node = 124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3);

        return mean + PeriodicTerms(e, sun, moon, latitude, node) + PlanetaryTerms(k, t2);
    }

    private static double PeriodicTerms(double e, double m, double mp, double f, double node) =>
        (-0.40720 * Degrees.Sin(mp))
        + (0.17241 * e * Degrees.Sin(m))
        + (0.01608 * Degrees.Sin(2 * mp))
        + (0.01039 * Degrees.Sin(2 * f))
        + (0.00739 * e * Degrees.Sin(mp - m))
        - (0.00514 * e * Degrees.Sin(mp + m))
        + (0.00208 * e * e * Degrees.Sin(2 * m))
        - (0.00111 * Degrees.Sin(mp - (2 * f)))
        - (0.00057 * Degrees.Sin(mp + (2 * f)))
        + (0.00056 * e * Degrees.Sin((2 * mp) + m))
        - (0.00042 * Degrees.Sin(3 * mp))
        + (0.00042 * e * Degrees.Sin(m + (2 * f)))
        + (0.00038 * e * Degrees.Sin(m - (2 * f)))
        - (0.00024 * e * Degrees.Sin((2 * mp) - m))
        - (0.00017 * Degrees.Sin(node))
        - (0.00007 * Degrees.Sin(mp + (2 * m)))
        + (0.00004 * Degrees.Sin((2 * mp) - (2 * f)))
        + (0.00004 * Degrees.Sin(3 * m))
        + (0.00003 * Degrees.Sin(mp + m - (2 * f)))
        + (0.00003 * Degrees.Sin((2 * mp) + (2 * f)))
        - (0.00003 * Degrees.Sin(mp + m + (2 * f)))
        + (0.00003 * Degrees.Sin(mp - m + (2 * f)))
        - (0.00002 * Degrees.Sin(mp - m - (2 * f)))
        - (0.00002 * Degrees.Sin((3 * mp) + m))
        + (0.00002 * Degrees.Sin(4 * mp));

    private static double PlanetaryTerms(int k, double t2) =>
        (0.000325 * Degrees.Sin(299.77 + (0.107408 * k) - (0.009173 * t2)))
        + (0.000165 * Degrees.Sin(251.88 + (0.016321 * k)))
        + (0.000164 * Degrees.Sin(251.83 + (26.651886 * k)))
        + (0.000126 * Degrees.Sin(349.42 + (36.412478 * k)))
        + (0.000110 * Degrees.Sin(84.66 + (18.206239 * k)))
        + (0.000062 * Degrees.Sin(141.74 + (53.303771 * k)))
        + (0.000060 * Degrees.Sin(207.14 + (2.453732 * k)))
        + (0.000056 * Degrees.Sin(154.84 + (7.306860 * k)))
        + (0.000047 * Degrees.Sin(34.52 + (27.261239 * k)))
        + (0.000042 * Degrees.Sin(207.19 + (0.121824 * k)))
        + (0.000040 * Degrees.Sin(291.34 + (1.844379 * k)))
        + (0.000037 * Degrees.Sin(161.72 + (24.198154 * k)))
        + (0.000035 * Degrees.Sin(239.56 + (25.513099 * k)))
        + (0.000023 * Degrees.Sin(331.55 + (3.592518 * k)));
}
