namespace OpsHub.Sla.Kpis;

/// <summary>A sub-indicator and its share of its column (the shares of a column sum to 1).</summary>
public sealed record Score766Part(Score766Indicator Indicator, double Share);
