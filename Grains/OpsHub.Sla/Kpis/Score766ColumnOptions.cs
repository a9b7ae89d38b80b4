namespace OpsHub.Sla.Kpis;

/// <summary>One 766 column as configured: its weight and the shares of its sub-indicators.</summary>
public sealed class Score766ColumnOptions
{
    /// <summary>Points out of 100 the column carries; the six weights sum to 100.</summary>
    public double Weight { get; set; }

    /// <summary>
    /// Sub-indicators and their shares of the column, summing to 1. Configuration adds to or overrides the defaults
    /// by name; set a default's share to 0 to leave it out.
    /// </summary>
    public IDictionary<Score766Indicator, double> SubIndicators { get; } = new Dictionary<Score766Indicator, double>();

    internal static Score766ColumnOptions Of(double weight, params (Score766Indicator Indicator, double Share)[] parts)
    {
        var options = new Score766ColumnOptions { Weight = weight };
        foreach (var (indicator, share) in parts)
        {
            options.SubIndicators[indicator] = share;
        }

        return options;
    }
}
