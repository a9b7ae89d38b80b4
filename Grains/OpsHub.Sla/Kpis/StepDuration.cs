namespace OpsHub.Sla.Kpis;

/// <summary>How long a procedure's step took recently, in working time.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="Spread">The standard deviation.</param>
/// <param name="Samples">How many finished steps it is measured on; 0 when taken from the step's budget.</param>
public sealed record StepDuration(TimeSpan Mean, TimeSpan Spread, int Samples);
