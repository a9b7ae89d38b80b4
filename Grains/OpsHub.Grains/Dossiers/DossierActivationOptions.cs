namespace OpsHub.Grains.Dossiers;

/// <summary>How long dossier grains stay in memory. Section <c>OpsHub:Dossiers</c>.</summary>
public sealed class DossierActivationOptions
{
    public const string Section = "OpsHub:Dossiers";

    /// <summary>
    /// An idle dossier leaves memory after this long (its state is in PostgreSQL, its next deadline in the wake-up
    /// table), so memory follows the event rate rather than the number of open dossiers. Default 2 minutes.
    /// </summary>
    public TimeSpan IdleActivationAge { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often idle activations leave, for every grain (Orleans' <c>CollectionQuantum</c>). Orleans deactivates at
    /// once all the activations last used within one quantum of each other: with its default of a minute, a minute
    /// of applying left memory in one burst that held back the deadlines falling meanwhile by seconds
    /// (BENCHMARKS.md, run 7). Default 5 seconds.
    /// </summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A dossier whose next deadline or warning falls within this long stays in memory until it has fired, however
    /// idle: otherwise it would leave memory just before and be read back from PostgreSQL at the moment its alert
    /// is due, in step with every other dossier applied in the same minute (BENCHMARKS.md, run 8). Zero turns the
    /// hold off. Default 5 minutes.
    /// </summary>
    public TimeSpan HoldBeforeWakeUp { get; set; } = TimeSpan.FromMinutes(5);

    internal bool IsValid =>
        CollectionQuantum > TimeSpan.Zero && IdleActivationAge >= CollectionQuantum && HoldBeforeWakeUp >= TimeSpan.Zero;
}
