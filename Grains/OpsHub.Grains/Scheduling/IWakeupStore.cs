namespace OpsHub.Grains.Scheduling;

/// <summary>The durable table of pending wake-ups.</summary>
public interface IWakeupStore
{
    Task UpsertAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task DeleteAsync(string dossierCode, CancellationToken cancellationToken = default);

    /// <summary>Deletes the wake-up only if it still says <paramref name="at"/> (it was not moved meanwhile).</summary>
    Task DeleteIfAsync(string dossierCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Wake-ups due at or before <paramref name="until"/>, earliest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Wakeup>> LoadDueAsync(DateTimeOffset until, int limit, CancellationToken cancellationToken = default);
}
