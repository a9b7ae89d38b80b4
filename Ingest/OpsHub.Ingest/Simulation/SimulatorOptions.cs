namespace OpsHub.Ingest.Simulation;

/// <summary>The built-in district simulator that feeds a demo. Section <c>OpsHub:Simulator</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "OpsHub:Simulator";

    /// <summary>Whether it runs. Default off; the run script turns it on unless told otherwise.</summary>
    public bool Enabled { get; set; }

    /// <summary>Units it sends dossiers to. Default empty: the host fills it from the organisation.</summary>
    public IList<string> UnitCodes { get; } = [];

    /// <summary>Mean time between two receipts across the district. Default 3 seconds.</summary>
    public TimeSpan MeanArrivalInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Share of dossiers completed during the run, the rest stay open. Default 0.6.</summary>
    public double CompletionShare { get; set; } = 0.6;

    /// <summary>Longest real time before a dossier that will be completed is completed. Default 2 minutes.</summary>
    public TimeSpan MaxTimeToComplete { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Receipts are back-dated by up to this many working days, so that some dossiers are already due and a demo
    /// shows overdue alerts without waiting days. Default 10.
    /// </summary>
    public int MaxBackdatedDays { get; set; } = 10;

    /// <summary>Seed of the random generator, for repeatable runs; <c>null</c> for a different run each time.</summary>
    public int? Seed { get; set; }
}
