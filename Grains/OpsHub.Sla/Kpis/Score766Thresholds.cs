namespace OpsHub.Sla.Kpis;

/// <summary>The lowest score of each band but the weakest, validated to be ordered.</summary>
public sealed record Score766Thresholds(double Excellent, double Good, double Fair, double Average)
{
    /// <summary>Decision 766's bands: 90+ excellent, 80–90 good, 70–80 fair, 50–70 average, under 50 weak.</summary>
    public static Score766Thresholds Default { get; } = new(90, 80, 70, 50);

    /// <summary>The band of <paramref name="score"/>; a score on a threshold belongs to the higher band.</summary>
    public Score766Band BandOf(double score) =>
        score >= Excellent ? Score766Band.Excellent
        : score >= Good ? Score766Band.Good
        : score >= Fair ? Score766Band.Fair
        : score >= Average ? Score766Band.Average
        : Score766Band.Weak;
}
