namespace OpsHub.Sla.Kpis;

/// <summary>Breach forecast settings bound from configuration (section <c>OpsHub:Kpis:BreachForecast</c>).</summary>
public sealed class BreachForecastOptions
{
    public const string Section = "OpsHub:Kpis:BreachForecast";

    /// <summary>Working days of finished steps that throughput and step durations are measured on. Default 5.</summary>
    public int HistoryWorkingDays { get; set; } = 5;

    /// <summary>Finished steps needed before a measured duration replaces the step's budget. Default 5.</summary>
    public int MinimumSamples { get; set; } = 5;

    /// <summary>Spread assumed at least, so a well-measured step does not give certainties. Default 30 minutes.</summary>
    public TimeSpan MinimumSpread { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How much of the queue ahead in the step (dossiers ahead ÷ the step's throughput) counts as waiting: 1 when a
    /// department works its dossiers in turn, 0 when it works them all at once. Default 1.
    /// </summary>
    public double BacklogWeight { get; set; } = 1;

    /// <summary>Steepness of the logistic on (expected work − time left) ÷ spread; 1.7 makes it close to a normal distribution. Default 1.7.</summary>
    public double Steepness { get; set; } = 1.7;

    /// <summary>Probability of a miss from which a dossier is listed as predicted late. Default 0.5.</summary>
    public double Threshold { get; set; } = 0.5;

    /// <summary>
    /// How often a watched unit's forecast is computed again when its subtree has <see cref="AlwaysBelow"/> open
    /// dossiers or more (it reads every one of them). Default 30 seconds.
    /// </summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Below this many open dossiers the forecast is computed again with every change. Default 5,000.</summary>
    public int AlwaysBelow { get; set; } = 5_000;

    /// <summary>Throws when an option is unusable; call at start.</summary>
    /// <exception cref="ArgumentException">An option is unusable; the message names it.</exception>
    public void Validate()
    {
        if (HistoryWorkingDays < 1)
        {
            throw new ArgumentException($"{Section}:HistoryWorkingDays must be at least 1 (got {HistoryWorkingDays}).");
        }

        if (MinimumSamples < 1)
        {
            throw new ArgumentException($"{Section}:MinimumSamples must be at least 1 (got {MinimumSamples}).");
        }

        if (Refresh < TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}:Refresh must not be negative (got {Refresh}).");
        }

        if (MinimumSpread <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}:MinimumSpread must be positive (got {MinimumSpread}).");
        }

        if (!(Steepness > 0 && double.IsFinite(Steepness)))
        {
            throw new ArgumentException($"{Section}:Steepness must be a positive number (got {Steepness}).");
        }

        if (!(BacklogWeight >= 0 && BacklogWeight <= 1))
        {
            throw new ArgumentException($"{Section}:BacklogWeight must be between 0 and 1 (got {BacklogWeight}).");
        }

        if (!(Threshold > 0 && Threshold < 1))
        {
            throw new ArgumentException($"{Section}:Threshold must be between 0 and 1 (got {Threshold}).");
        }
    }
}
