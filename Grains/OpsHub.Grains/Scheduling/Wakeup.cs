namespace OpsHub.Grains.Scheduling;

/// <summary>A pending wake-up of a dossier.</summary>
public readonly record struct Wakeup(string DossierCode, DateTimeOffset At);
