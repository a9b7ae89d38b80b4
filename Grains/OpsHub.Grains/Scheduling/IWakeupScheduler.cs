namespace OpsHub.Grains.Scheduling;

/// <summary>
/// Durable wake-ups for dossiers: at most one pending wake-up per dossier, kept in PostgreSQL and fired by the
/// silos, so a million open dossiers need neither a million reminders nor a million resident activations.
/// </summary>
public interface IWakeupScheduler
{
    /// <summary>Sets (or moves) the dossier's wake-up to <paramref name="at"/>.</summary>
    Task ScheduleAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes the dossier's pending wake-up, if any.</summary>
    Task CancelAsync(string dossierCode, CancellationToken cancellationToken = default);
}
