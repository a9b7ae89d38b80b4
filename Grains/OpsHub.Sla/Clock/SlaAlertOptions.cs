namespace OpsHub.Sla.Clock;

/// <summary>The configurable alert points of dossiers, bound from configuration and turned into an <see cref="AlertPolicy"/>.</summary>
public sealed class SlaAlertOptions
{
    /// <summary>Early warnings, as fractions of the allowed working time. Default 0.5 and 0.75.</summary>
    public decimal[] WarningFractions { get; set; } = [0.5m, 0.75m];

    /// <summary>Working time after the due instant before a missing apology slip alerts. Default zero (at the due instant).</summary>
    public TimeSpan LateWithoutApologyGrace { get; set; } = TimeSpan.Zero;

    /// <summary>The policy these options describe.</summary>
    /// <exception cref="ArgumentException">An option is unusable.</exception>
    public AlertPolicy ToPolicy() => new([.. WarningFractions ?? []], LateWithoutApologyGrace);

    /// <summary>Throws when an option is unusable; call at start.</summary>
    public void Validate() => _ = ToPolicy();
}
