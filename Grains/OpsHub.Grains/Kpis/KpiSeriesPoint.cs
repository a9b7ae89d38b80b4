namespace OpsHub.Grains.Kpis;

/// <summary>Dossiers received and completed in one hour or day of a trend.</summary>
/// <param name="Slot">The hour (0-23) or the day of the month (1-31).</param>
/// <param name="Received">Received in it.</param>
/// <param name="Done">Completed in it.</param>
public sealed record KpiSeriesPoint(int Slot, long Received, long Done);
