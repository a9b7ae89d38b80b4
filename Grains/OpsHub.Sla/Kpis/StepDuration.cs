namespace OpsHub.Sla.Kpis;

/// <summary>How long a procedure's step took recently, in working time: robust to a few very slow dossiers.</summary>
/// <param name="Typical">The typical value: the median of the samples.</param>
/// <param name="Spread">Half the 16th–84th percentile range (one standard deviation for a normal distribution).</param>
/// <param name="Samples">How many finished steps it is measured on; 0 when taken from the step's budget.</param>
public sealed record StepDuration(TimeSpan Typical, TimeSpan Spread, int Samples);
