namespace OpsHub.Sla.Calendar.Lunar;

/// <summary>Trigonometry in degrees, the unit every published series for the Sun and Moon is written in.</summary>
internal static class Degrees
{
    private const double ToRadians = Math.PI / 180.0;

    public static double Sin(double degrees) => Math.Sin(Normalize(degrees) * ToRadians);

    public static double Cos(double degrees) => Math.Cos(Normalize(degrees) * ToRadians);

    /// <summary>The angle reduced to [0, 360).</summary>
    public static double Normalize(double degrees)
    {
        var reduced = degrees % 360.0;
        return reduced < 0 ? reduced + 360.0 : reduced;
    }
}
