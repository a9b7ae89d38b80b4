namespace OpsHub.Grains.Abstractions.Units;

/// <summary>
/// Live SLA figures of one unit (a commune, ward or one-stop shop), keyed by its code. Dossiers report their
/// transitions here; dashboards observe it.
/// </summary>
[Alias("opshub.unit")]
public interface IUnitGrain : IGrainWithStringKey
{
    /// <summary>Applies a dossier transition's change to the unit's counts.</summary>
    [Alias("apply")]
    Task ApplyAsync(UnitCountChange change);

    /// <summary>The unit's figures now.</summary>
    [Alias("get")]
    Task<UnitSnapshot> GetAsync();

    /// <summary>Subscribes <paramref name="observer"/> to changes; subscriptions lapse unless renewed within a few minutes.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(IUnitObserver observer);

    /// <summary>Ends a subscription.</summary>
    [Alias("unsubscribe")]
    Task UnsubscribeAsync(IUnitObserver observer);
}
